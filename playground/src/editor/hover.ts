// Hover: a multistate function — its boundaries, reason chain and what it stores — or a state
// boundary, as the editor plugin words them.

import { hoverTooltip, type Tooltip } from '@codemirror/view'
import type { FunctionInfo, FunctionLayout } from '../../../compiler/index'
import { fileViewField } from './markers'
import type { FileView } from './file-view'

function describeFunction(view: FileView, fn: FunctionInfo): string[] {
  if (!fn.multistate) return fn.inThread ? [`${fn.name} is single-state — it runs inside a virtual thread and never suspends it`] : []
  const n = fn.boundaries.length
  const layout = view.layouts.get(fn.id)
  return [`${fn.name} is multistate — ${n} state ${n === 1 ? 'boundary' : 'boundaries'}`, view.chains[fn.id] ?? '', ...(layout ? [describeLayout(layout)] : [])]
}

function describeLayout(layout: FunctionLayout): string {
  const stored = layout.variables.filter((v) => v.slot !== undefined).map((v) => v.name)
  const locals = layout.variables.filter((v) => v.slot === undefined).map((v) => v.name)
  const { slots, bytes } = layout.continuation
  const list = (names: string[]): string => (names.length === 0 ? 'none' : names.join(', '))
  return `stored across boundaries: ${list(stored)}; JS locals: ${list(locals)}. A thread started here has a continuation of ${slots.length} slot${slots.length === 1 ? '' : 's'}, ~${bytes} bytes`
}

function tooltipAt(view: FileView, pos: number): { from: number; to: number; lines: string[] } | undefined {
  const fn = view.functions.find((f) => f.start <= pos && pos <= f.end)
  if (fn) return { from: fn.start, to: fn.end, lines: describeFunction(view, fn) }
  const inner = view.boundaries
    .filter(({ boundary }) => boundary.start <= pos && pos <= boundary.end)
    .sort((a, b) => a.boundary.end - a.boundary.start - (b.boundary.end - b.boundary.start))[0]
  if (!inner) return undefined
  return {
    from: inner.boundary.start,
    to: inner.boundary.end,
    lines: [`state boundary ⏸${inner.number} of ${inner.fn.name} — the virtual thread can suspend here`],
  }
}

export const vtifyHover = hoverTooltip((editor, pos): Tooltip | null => {
  const view = editor.state.field(fileViewField)
  const found = view && tooltipAt(view, pos)
  if (!found || found.lines.length === 0) return null
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create: () => {
      const dom = document.createElement('div')
      dom.className = 'vt-hover'
      for (const line of found.lines.filter(Boolean)) dom.appendChild(document.createElement('p')).textContent = line
      return { dom }
    },
  }
})
