// How functions and reason chains are named in the model and in messages.

import type { Location, ReasonStep } from '../model.js'
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
    step = callStep(nameOf(graph, reason.callee), fact, { text: fact.text, indirect, matched })
    steps.set(reason, step)
  }
  return step
}

/** The step of a call at `at` reaching `name`, written `text`; the model's reason chains and compiler/reason-chains.ts both make them. */
export function callStep(name: string, at: Location, call: { text: string; indirect: boolean; matched: boolean }): ReasonStep {
  const step: ReasonStep = { name, file: at.file, line: at.line, column: at.column }
  if (call.indirect && lastSegment(call.text) !== lastSegment(name)) step.via = call.text
  if (call.matched) step.matched = true
  return step
}

/** `handle → readLine (server.ts:12) → VT_read (io.ts:3)` */
export function formatChain(start: string, steps: readonly ReasonStep[]): string {
  return [start, ...steps.map(formatStep)].join(' → ')
}

export function formatStep(step: ReasonStep): string {
  const via = step.via ? ` via ${step.via}${step.matched ? ' (matched: the flow lost this value)' : ''}` : ''
  return `${step.name}${via} (${step.file}:${step.line})`
}

/** `c.readAll` and `Conn.readAll` name the same method: no need to say "via". */
function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1)
}
