// The analysis: every multistate function with its reason chain (why it can block: the shortest
// chain of calls down to a primitive, paper §2.1.3.1), then the diagnostics; each clickable.

import type { Diagnostic, FunctionInfo } from '../../../compiler/index'
import type { CompileResult } from '../compile/protocol'
import { h } from '../ui/dom'

export interface AnalysisEvents {
  goTo(file: string, line: number, column: number): void
  select(fn: FunctionInfo): void
}

function functionItem(fn: FunctionInfo, chain: string, events: AnalysisEvents): HTMLElement {
  const n = fn.boundaries.length
  const link = h('a', { href: '#', className: 'vt-fn', textContent: `${fn.name}` })
  link.addEventListener('click', (e) => {
    e.preventDefault()
    events.select(fn)
    events.goTo(fn.file, fn.line, fn.column)
  })
  return h(
    'li',
    { dataset: { fn: fn.name } },
    link,
    ` ${fn.file}:${fn.line} — ${n} state ${n === 1 ? 'boundary' : 'boundaries'}`,
    h('div', { className: 'vt-chain' }, chain),
  )
}

function diagnosticItem(d: Diagnostic, events: AnalysisEvents): HTMLElement {
  const link = h('a', { href: '#', textContent: `${d.file}:${d.line}:${d.column}` })
  link.addEventListener('click', (e) => {
    e.preventDefault()
    events.goTo(d.file, d.line, d.column)
  })
  return h('li', { className: `vt-diagnostic vt-${d.severity}`, dataset: { code: d.code } }, h('b', {}, d.code), ' ', link, ` ${d.message}`)
}

export function renderAnalysis(parent: HTMLElement, result: CompileResult, events: AnalysisEvents): void {
  const multistate = result.model.functions.filter((f) => f.multistate)
  parent.replaceChildren(
    h('h4', {}, `Multistate functions (${multistate.length})`),
    h('ul', { className: 'vt-functions' }, ...multistate.map((f) => functionItem(f, result.chains[f.id] ?? '', events))),
    h('h4', {}, `Diagnostics (${result.diagnostics.length})`),
    h('ul', { className: 'vt-diagnostics' }, ...result.diagnostics.map((d) => diagnosticItem(d, events))),
  )
}
