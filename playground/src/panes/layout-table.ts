// The continuation layout of the selected function (the model's layouts[]): what each variable
// became (a slot, or a JS local of the state machine: principle 1), the live set at each state
// boundary, and the merged continuation of a thread started here — its slots with the variables
// of every function of the thread that share each (principle 2), depth and bytes.

import type { FunctionLayout } from '../../../compiler/index'
import { h, table } from '../ui/dom'

function variables(layout: FunctionLayout): HTMLElement {
  return table(
    'vt-variables',
    ['variable', 'kind', 'stored in'],
    layout.variables.map((v) => [v.name, v.kind, v.slot ?? 'JS local']),
  )
}

function liveSets(layout: FunctionLayout): HTMLElement {
  return table(
    'vt-live',
    ['boundary', 'line', 'live after it'],
    layout.liveAt.map((b, i) => [`⏸${i + 1} ${b.callee}`, String(b.line), b.live.join(', ') || '—']),
  )
}

function continuation(layout: FunctionLayout): HTMLElement {
  const { slots, depth, bytes } = layout.continuation
  return h(
    'div',
    {},
    h(
      'p',
      { className: 'vt-continuation-size' },
      `A thread started at ${layout.name}: ${slots.length} slot${slots.length === 1 ? '' : 's'}, call depth ${depth}, ~${bytes} bytes per continuation`,
    ),
    table(
      'vt-slots',
      ['slot', 'holds'],
      slots.map((s) => [s.slot, s.holds.join(', ')]),
    ),
  )
}

export function renderLayout(parent: HTMLElement, layout: FunctionLayout | undefined): void {
  if (!layout) {
    parent.replaceChildren(h('p', { className: 'vt-empty' }, 'No multistate function selected.'))
    return
  }
  parent.replaceChildren(
    h('h3', {}, `${layout.name} (${layout.file}:${layout.line})`),
    h('h4', {}, 'Variables'),
    variables(layout),
    h('h4', {}, 'Live at each state boundary'),
    liveSets(layout),
    h('h4', {}, 'Continuation'),
    continuation(layout),
  )
}
