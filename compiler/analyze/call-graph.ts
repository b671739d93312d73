// The call graph: every call site with what it may reach once the flow is solved.

import type { CallFact, FileFacts, FunctionFact } from '../extract/facts.js'
import { PRIMITIVES } from '../extract/runtime-module.js'
import type { FlowResult } from './flow.js'

export type ResolvedCall = NamedCall | ProjectCall

export type CallKind = ResolvedCall['kind']

interface Call {
  fact: CallFact
  /** For 'project' (and 'dynamic' once matched by shape): function keys the call may reach. */
  targets: string[]
  /** The targets came from tracking function values. */
  indirect: boolean
  /** The targets were matched by shape with escaped functions (escapes.ts). */
  matched: boolean
}

/** A call of a vtify/runtime export (a primitive or not), or of untransformed code. */
interface NamedCall extends Call {
  kind: 'primitive' | 'runtime' | 'external'
  /** The runtime export, or the untransformed function's name. */
  name: string
}

/** A call of project code, or of a value that could not be bounded. */
interface ProjectCall extends Call {
  kind: 'project' | 'dynamic'
}

export interface CallGraph {
  functions: ReadonlyMap<string, FunctionFact>
  calls: readonly ResolvedCall[]
  /** Calls by caller key. */
  callsFrom: ReadonlyMap<string, readonly ResolvedCall[]>
  /** Calls by target key (project calls only). */
  callsTo: ReadonlyMap<string, readonly ResolvedCall[]>
}

export function buildCallGraph(files: readonly FileFacts[], flow: FlowResult): CallGraph {
  const functions = new Map(files.flatMap((f) => f.functions.map((fn) => [fn.key, fn] as const)))
  const calls = files.flatMap((f) => f.calls.map((c) => resolveCall(c, flow)))
  const callsFrom = new Map<string, ResolvedCall[]>()
  const callsTo = new Map<string, ResolvedCall[]>()
  for (const call of calls) {
    push(callsFrom, call.fact.caller, call)
    for (const target of call.targets) push(callsTo, target, call)
  }
  return { functions, calls, callsFrom, callsTo }
}

function resolveCall(fact: CallFact, flow: FlowResult): ResolvedCall {
  const callee = fact.callee
  if ('runtime' in callee) {
    const kind = PRIMITIVES.has(callee.runtime) ? 'primitive' : 'runtime'
    return { fact, kind, name: callee.runtime, targets: [], indirect: false, matched: false }
  }
  if ('external' in callee) return { fact, kind: 'external', name: callee.external, targets: [], indirect: false, matched: false }
  // A `dynamic` callee has targets only where analyze/escapes.ts matched it with escaped functions.
  const targets = flow.targets(fact)
  if (targets.length === 0) return { fact, kind: 'dynamic', targets: [], indirect: true, matched: false }
  return { fact, kind: 'project', targets: [...targets], indirect: !('direct' in callee && callee.direct), matched: flow.matched(fact) }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Source order, for deterministic output. */
export function bySource(a: { file: string; line: number; column: number }, b: { file: string; line: number; column: number }): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column
}
