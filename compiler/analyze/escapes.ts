// Calls the flow cannot bound, matched with escaped multistate functions by shape (docs/semantics.md,
// "Calls through values"). A call through a Map's
// element or a record read by a computed key becomes a state boundary when a multistate function
// of a fitting shape was stored where the flow lost track of it; the runtime's dynamic call
// (kCall) then runs what it finds there: a plain function inline, a multistate one as a child
// thread. A call of an `any` value (`f()` with `f: any`) has no shape and stays dynamic: the runtime
// rejects a multistate function reached there with an error naming the call site. A method call on
// a receiver whose type names no such method (`any`, or a type that lacks it) is matched by the
// method's name (connectMembers).

import { ANY_TYPE, type Shape } from '../extract/facts.js'
import type { CallGraph } from './call-graph.js'
import type { FlowResult } from './flow.js'
import type { MultistateResult } from './multistate.js'

/** Give unbounded calls the escaped multistate functions that fit them; whether any call gained one. */
export function connectEscaped(graph: CallGraph, multistate: MultistateResult, flow: FlowResult): boolean {
  const escaped = flow.escaped().filter((key) => multistate.reasons.has(key) && graph.functions.get(key)?.shape)
  if (escaped.length === 0) return false
  let changed = false
  for (const call of graph.calls) {
    const shape = call.fact.shape
    // Calls the flow found nothing for; and those matched before, as a later round may have made
    // more escaped functions multistate.
    if (!shape || (call.kind !== 'dynamic' && !flow.matched(call.fact))) continue
    const fitting = escaped.filter((key) => fitsShape(graph.functions.get(key)!.shape!, shape))
    if (fitting.length > 0 && flow.addTargets(call.fact, fitting)) changed = true
  }
  return changed
}

/**
 * A function fits a call's shape if the call passes at least its parameters, each of its type, and
 * takes what it returns (a `void` result takes anything).
 */
export function fitsShape(fn: Shape, call: Shape): boolean {
  const { params } = call
  return (
    fn.params.length <= params.length &&
    fn.params.every((type, i) => matches(type, params[i]!)) &&
    (call.returns === 'void' || matches(fn.returns, call.returns))
  )
}

function matches(a: string, b: string): boolean {
  return a === ANY_TYPE || b === ANY_TYPE || a === b
}

/**
 * `this.m()` in a base class whose type has no `m` — JavaScript code, or TypeScript with a type
 * error — calls whatever object it runs on: a subclass's method; so does `o.m()` on an `any`
 * receiver. Such a call may reach any multistate method of the program named m; whether any call
 * gained one.
 */
export function connectMembers(graph: CallGraph, multistate: MultistateResult, flow: FlowResult): boolean {
  const methods = multistateMethods(graph, multistate)
  return connectDynamic(graph, flow, ({ member }) => (member === undefined ? [] : (methods.get(member) ?? [])))
}

/** The multistate methods by their name: every call of a method its receiver's type lacks looks one up. */
function multistateMethods(graph: CallGraph, multistate: MultistateResult): Map<string, string[]> {
  const byName = new Map<string, string[]>()
  for (const key of multistate.reasons.keys()) {
    const fn = graph.functions.get(key)
    const name = fn?.kind === 'method' ? fn.name.slice(fn.name.lastIndexOf('.') + 1) : fn?.member
    if (name === undefined) continue
    const named = byName.get(name)
    if (named) named.push(key)
    else byName.set(name, [key])
  }
  return byName
}

/**
 * `box.f()`, `fns[k]()` through a value the flow does not follow (an untyped object, `any`) may
 * call what the program stored in that property where the flow lost track of it
 * (`box.f = g`, `fns[k] = function () {…}`); whether any call gained one.
 */
export function connectStored(graph: CallGraph, multistate: MultistateResult, flow: FlowResult): boolean {
  return connectDynamic(graph, flow, ({ reads }) => (reads === undefined ? [] : flow.storedUnder(reads).filter((key) => multistate.reasons.has(key))))
}

/** What a call the flow could not bound, or bound only in part, tells of its callee (facts.ts CalleeFact). */
type Unbound = { member?: string; reads?: string | null }

/** Give each such call the functions `reach` names for it; whether any call gained one. */
function connectDynamic(graph: CallGraph, flow: FlowResult, reach: (callee: Unbound) => readonly string[]): boolean {
  let changed = false
  for (const call of graph.calls) {
    const callee = call.fact.callee
    // `o['k']()` bound by the flow, whose key names no property of o's type: also what was stored under 'k'.
    // `x.call(…)` on an untyped x, bound as a call of x: also any method named call.
    const unbound: Unbound | undefined =
      'dynamic' in callee
        ? callee
        : 'terms' in callee && (callee.reads !== undefined || callee.member !== undefined)
          ? { reads: callee.reads, member: callee.member }
          : undefined
    if (unbound === undefined) continue
    const targets = reach(unbound)
    if (targets.length > 0 && flow.addTargets(call.fact, targets)) changed = true
  }
  return changed
}
