// Reason chains read off the model, for the front ends: every direct reason a function is
// multistate (one per callee it can block through, each with that callee's shortest chain), and the
// deepest chain of multistate calls in the program (the build summary). The model keeps one chain
// per function, the shortest; the others follow from its state boundaries.

import { callStep } from './analyze/names.js'
import { functionsById } from './model-index.js'
import type { AnalysisModel, Boundary, CallEdge, FunctionInfo, ReasonStep } from './model.js'

/** A chain of calls from `start` down to a primitive. */
export interface Chain {
  start: string
  steps: ReasonStep[]
}

interface Lookup {
  functions: ReadonlyMap<string, FunctionInfo>
  /** Call edges by `file\0start`: the boundary of a call has the call's span. */
  edges: ReadonlyMap<string, CallEdge>
}

const lookups = new WeakMap<AnalysisModel, Lookup>()

function lookupOf(model: AnalysisModel): Lookup {
  let lookup = lookups.get(model)
  if (!lookup) {
    const edges = new Map(model.calls.map((c) => [`${c.file}\0${c.start}`, c]))
    lookups.set(model, (lookup = { functions: functionsById(model.functions), edges }))
  }
  return lookup
}

/**
 * Why `fn` is multistate, one chain per function or primitive it calls that can suspend it, each the
 * shortest through that callee; shortest first, then in source order. Empty when single-state.
 */
export function directReasons(model: AnalysisModel, fn: FunctionInfo): ReasonStep[][] {
  const lookup = lookupOf(model)
  const byCallee = new Map<string, ReasonStep[]>()
  for (const boundary of fn.boundaries) {
    for (const target of targetsOf(boundary)) {
      const chain = [stepAt(lookup, boundary, target), ...(lookup.functions.get(target)?.reason ?? [])]
      const key = `${chain[0]!.name}\0${chain[0]!.via ?? ''}`
      const known = byCallee.get(key)
      if (!known || chain.length < known.length) byCallee.set(key, chain)
    }
  }
  // Array.prototype.sort is stable: equal lengths stay in source order.
  return [...byCallee.values()].sort((a, b) => a.length - b.length)
}

/** The longest chain of multistate calls in the program, from a multistate function down to a primitive. */
export function deepestChain(model: AnalysisModel): Chain | undefined {
  const lookup = lookupOf(model)
  const deepest = new Map<string, ReasonStep[]>()
  const visiting = new Set<string>()
  // Memoised depth-first search; a cycle (VT1001, an error already) is cut where it closes.
  const below = (fn: FunctionInfo): ReasonStep[] => {
    const known = deepest.get(fn.id)
    if (known) return known
    visiting.add(fn.id)
    let best: ReasonStep[] = []
    for (const boundary of fn.boundaries) {
      for (const target of targetsOf(boundary)) {
        const callee = lookup.functions.get(target)
        const rest = callee && !visiting.has(target) ? below(callee) : []
        if (rest.length + 1 > best.length) best = [stepAt(lookup, boundary, target), ...rest]
      }
    }
    visiting.delete(fn.id)
    deepest.set(fn.id, best)
    return best
  }
  let top: Chain | undefined
  for (const fn of model.functions) {
    if (!fn.multistate) continue
    const steps = below(fn)
    if (!top || steps.length > top.steps.length) top = { start: fn.name, steps }
  }
  return top
}

/** The primitive a boundary calls, or the multistate functions it may reach. */
function targetsOf(boundary: Boundary): string[] {
  return boundary.kind === 'primitive' ? [boundary.primitive] : boundary.targets
}

function stepAt(lookup: Lookup, boundary: Boundary, target: string): ReasonStep {
  const name = lookup.functions.get(target)?.name ?? target
  const edge = lookup.edges.get(`${boundary.file}\0${boundary.start}`)
  return callStep(name, boundary, { text: boundary.callee, indirect: edge?.indirect ?? false, matched: edge?.matched ?? false })
}
