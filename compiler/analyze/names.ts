// How functions and reason chains are named in the model and in messages.

import type { ReasonStep } from '../model.js'
import type { CallGraph } from './call-graph.js'
import type { MultistateResult, Reason } from './multistate.js'

export function nameOf(graph: CallGraph, key: string): string {
  return graph.functions.get(key)?.name ?? key
}

/** The shortest chain of calls from a multistate function down to a primitive. */
export function reasonChain(graph: CallGraph, multistate: MultistateResult, key: string): ReasonStep[] {
  const steps: ReasonStep[] = []
  // Ends: each reason's callee was reached earlier in the breadth-first search.
  for (let reason = multistate.reasons.get(key); reason; reason = multistate.reasons.get(reason.callee)) {
    steps.push(stepOf(graph, reason))
  }
  return steps
}

/** One step object per reason, shared by every chain that passes through it. */
const steps = new WeakMap<Reason, ReasonStep>()

function stepOf(graph: CallGraph, reason: Reason): ReasonStep {
  let step = steps.get(reason)
  if (!step) {
    const { fact, indirect, matched } = reason.call
    const name = nameOf(graph, reason.callee)
    step = { name, file: fact.file, line: fact.line, column: fact.column }
    if (indirect && lastSegment(fact.text) !== lastSegment(name)) step.via = fact.text
    if (matched) step.matched = true
    steps.set(reason, step)
  }
  return step
}

/** `handle → readLine (server.ts:12) → VT_read (io.ts:3)` */
export function formatChain(start: string, steps: readonly ReasonStep[]): string {
  return [start, ...steps.map(formatStep)].join(' → ')
}

export function formatStep(step: ReasonStep): string {
  const via = step.via ? ` via ${step.via}${step.matched ? ' (matched by parameter types)' : ''}` : ''
  return `${step.name}${via} (${step.file}:${step.line})`
}

/** `c.readAll` and `Conn.readAll` name the same method: no need to say "via". */
function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
