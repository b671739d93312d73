// The one line printed at the end of a build. The model has no continuation size estimate yet
// (docs/transform.md: layout, first version), so the line reports the deepest chain of multistate
// calls instead: a thread's continuation holds the fields of every function on that chain.

import type { AnalysisModel, TransformResult } from '../compiler/index.js'

export function summaryLine(result: TransformResult): string {
  const { model } = result
  const multistate = model.functions.filter((f) => f.multistate)
  const modules = new Set(multistate.map((f) => f.file)).size
  return (
    `vtify: ${count(multistate.length, 'multistate function')} in ${modules} of ${count(result.outputs.size, 'module')}, ` +
    `${count(model.threads.length, 'thread start')} (VT_spawn/VT_run), deepest multistate call chain ${deepestChain(model)}`
  )
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** The most multistate functions active at once in one thread: the longest path among them. */
export function deepestChain(model: AnalysisModel): number {
  const multistate = new Set(model.functions.filter((f) => f.multistate).map((f) => f.id))
  const callees = new Map<string, string[]>()
  for (const call of model.calls) {
    if (!multistate.has(call.from)) continue
    const list = callees.get(call.from) ?? []
    list.push(...call.to.filter((to) => multistate.has(to)))
    callees.set(call.from, list)
  }
  const depth = new Map<string, number>()
  const depthOf = (id: string): number => {
    const known = depth.get(id)
    if (known !== undefined) return known
    // Recursion is a build error, but the summary must not loop if it is asked about such a model.
    depth.set(id, 1)
    const d = 1 + Math.max(0, ...(callees.get(id) ?? []).map(depthOf))
    depth.set(id, d)
    return d
  }
  return Math.max(0, ...[...multistate].map(depthOf))
}
