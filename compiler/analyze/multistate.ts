// Multistate inference (paper §2.1.3.1): reverse the call graph and search breadth-first from the
// primitives. Breadth-first order gives every multistate function its shortest reason chain.

import type { FunctionFact } from '../extract/facts.js'
import type { CallGraph, ResolvedCall } from './call-graph.js'

/** How a multistate function was reached: the call it makes, and the callee that blocks. */
export interface Reason {
  call: ResolvedCall
  /** A function key, or the primitive's name. */
  callee: string
}

export interface MultistateResult {
  /** Multistate functions, each with the first step of its shortest reason chain. */
  reasons: ReadonlyMap<string, Reason>
  /** Whether a call can suspend: a primitive, or a call that may reach a multistate function. */
  suspends(call: ResolvedCall): boolean
}

/** Functions that can hold a state boundary. Others that make a suspending call are diagnosed. */
export function canSuspend(fn: FunctionFact | undefined): boolean {
  if (!fn || fn.async || fn.generator || fn.implicit !== undefined) return false
  return fn.kind === 'function' || fn.kind === 'arrow' || fn.kind === 'method'
}

export function inferMultistate(graph: CallGraph): MultistateResult {
  const reasons = new Map<string, Reason>()
  const queue: string[] = []
  const reach = (call: ResolvedCall, callee: string): void => {
    const caller = call.fact.caller
    if (reasons.has(caller) || !canSuspend(graph.functions.get(caller))) return
    reasons.set(caller, { call, callee })
    queue.push(caller)
  }
  for (const call of graph.calls) if (call.kind === 'primitive') reach(call, call.name)
  for (let i = 0; i < queue.length; i++) {
    const callee = queue[i]!
    for (const call of graph.callsTo.get(callee) ?? []) reach(call, callee)
  }
  return {
    reasons,
    suspends: (call) => call.kind === 'primitive' || call.targets.some((t) => reasons.has(t)),
  }
}
