// One multistate function → its state machine `f$sm(k)`: a jump table over k.state inside a
// dispatch loop (`continue $sm` throws to the state just set), and, when the function has
// try statements or for…of loops with boundaries, a catch dispatch that sends an exception to
// the handler of the innermost region holding the state that threw.

import ts from '#typescript'
import type { FunctionInfo } from '../model.js'
import { FnContext, type ModuleScope } from './context.js'
import { Label, render, type Region } from './emit.js'
import { destructure } from './explode-destructuring.js'
import { explode } from './explode-expressions.js'
import { blockStatements } from './explode-using.js'
import { CAUGHT } from './explode-try.js'
import { sourceParams, type MultistateNode } from './functions.js'
import type { Layout, Variable } from './variables.js'
import { returnParts } from './leap.js'
import { holds } from './live-ranges.js'
import { assignTo, plain } from './plain.js'
import { freshCellStatements, scopeEntry } from './bindings.js'

export interface Machine {
  ctx: FnContext
  /** The `function f$sm(k) { … }` declaration. */
  code: string
  /** The runtime's MultistateInfo: lines[s] and calls[s] per state s. */
  info: { name: string; file: string; lines: number[]; calls: string[] }
  /** Its variables that hold a value across a state boundary: continuation fields. The others are JS locals of f$sm (principle 1). */
  stored: Variable[]
  /** Per state: the source offset a boundary's resume state resumes at, or undefined for another state. */
  resumePoints: (number | undefined)[]
}

export function generateMachine(scope: ModuleScope, fn: MultistateNode, layout: Layout, info: FunctionInfo): Machine {
  const ctx = new FnContext(scope, fn, layout, info.boundaries)
  const e = ctx.emitter
  prologue(ctx, fn)
  const body = fn.body!
  if (ts.isBlock(body)) blockStatements(ctx, body, body.statements)
  else e.end(returnParts(ctx, explode(ctx, body)))
  if (e.reachable) e.end(returnParts(ctx, 'undefined'))
  e.elideFallStores()
  const stored = layout.variables.filter((v) => isStored(ctx, v))
  const kept = new Set(stored)
  const locals = layout.variables.filter((v) => !kept.has(v)).map((v) => v.field)
  const cases = e.cases.map((c) => `case ${c.label.id}: {\n${render(c.parts)}}\n`).join('')
  const { k } = ctx
  const jumpTable = `switch (${k}.state) {\n${cases}default: throw new Error('vtify: ${layout.name} has no state ' + ${k}.state);\n}`
  const table = e.regions.length === 0 ? jumpTable : `try {\n${jumpTable}\n} catch (${CAUGHT}) {\n${dispatch(k, e.regions)}throw ${CAUGHT};\n}`
  const declared = locals.length === 0 ? '' : `let ${locals.join(', ')};\n`
  const machine: Machine = {
    ctx,
    code: `function ${layout.name}$sm(${k}) {\n${declared}$sm: for (;;) {\n${table}\n}\n}`,
    info: { name: info.name, file: scope.file, lines: e.cases.map((c) => c.line), calls: e.cases.map((c) => c.call) },
    stored,
    resumePoints: e.cases.map((c) => c.point),
  }
  scope.machines.set(layout, machine)
  return machine
}

/**
 * State 0 before the body: parameters that are cells (cells.ts) put in theirs (one an earlier
 * default reads throws there until initialised: TdzCell), default parameter values, destructured parameters, `var`s reset to undefined — a continuation's fields outlive
 * the call (the next call of the function in the same thread reuses them), where JS gives every
 * call fresh variables — then the bindings the body's block makes on entry (bindings.ts).
 */
function prologue(ctx: FnContext, fn: MultistateNode): void {
  const { layout, emitter: e } = ctx
  const waiting = parameterCells(ctx, fn)
  sourceParams(fn).forEach((_, i) => {
    const param = layout.params[i]
    if (!param) return
    const argument = waiting.get(param.field)
    const value = argument ?? (layout.cells.has(param.field) ? `${ctx.variable(param.field)}.v` : ctx.variable(param.field))
    if (param.initializer) defaultValue(ctx, value, param.initializer)
    if (argument) e.emit(`${ctx.variable(param.field)}.init = ${argument}; ${argument} = undefined;`)
    if (!param.pattern) return
    e.emit(freshCellStatements(ctx, param.pattern))
    if (ctx.hasBoundary(param.pattern)) destructure(ctx, param.pattern, value)
    else e.emit(`${assignTo(ctx, param.pattern, value)};`)
  })
  resetVars(ctx)
  if (fn.body) {
    const entry = scopeEntry(ctx, fn.body)
    if (entry) e.emit(entry)
  }
}

/**
 * Parameters that are cells put in theirs. One an earlier default reads is in its TDZ until its
 * turn (a TdzCell): its argument waits aside, in the temporary returned for it.
 */
function parameterCells(ctx: FnContext, fn: MultistateNode): Map<string, string> {
  const { layout, emitter: e } = ctx
  const waiting = new Map<string, string>()
  sourceParams(fn).forEach((p, i) => {
    const field = layout.params[i]?.field
    if (field === undefined || !layout.cells.has(field)) return
    if (!layout.tdz.has(field)) {
      e.emit(`${ctx.variable(field)} = { v: ${ctx.variable(field)} };`)
      return
    }
    const argument = ctx.newSlot()
    waiting.set(field, argument)
    e.emit(`${argument} = ${ctx.variable(field)}; ${ctx.variable(field)} = new vt$TdzCell(${JSON.stringify(p.name.getText(ctx.sf))}, false);`)
  })
  return waiting
}

/** `var`s start undefined on every call (a continuation's fields outlive it); `var a` beside a parameter a is the parameter. */
function resetVars(ctx: FnContext): void {
  const { layout, emitter: e } = ctx
  const params = new Set(layout.params.map((p) => p.field))
  for (const symbol of layout.varSymbols) {
    const field = layout.locals.get(symbol)!
    if (params.has(field)) continue
    e.emit(`${ctx.variable(field)} = ${layout.cells.has(field) ? '{ v: undefined }' : 'undefined'};`)
  }
}

/** `value` takes the default when the argument is undefined; a default with a boundary runs in states of its own. */
function defaultValue(ctx: FnContext, value: string, initializer: ts.Expression): void {
  const e = ctx.emitter
  if (!ctx.hasBoundary(initializer)) {
    e.emit(`if (${value} === undefined) ${value} = ${plain(ctx, initializer)};`)
    return
  }
  const given = new Label()
  e.emit(`if (${value} !== undefined) { `, ...ctx.emitter.jumpParts(given), ' }')
  e.emit(`${value} = ${explode(ctx, initializer)};`)
  e.mark(given, ctx.lineOf(initializer))
}

/**
 * The stored variables whose value may still be read after the boundary that resumes at state
 * `state`: what a thread parked there must keep. Those not stored locally (parameters, `this`)
 * have live ranges too; ones without (a destructured parameter's array) count as always live;
 * a temporary that a boundary call consumed — this one, or an earlier one of the statement (the
 * callee of `a.f()` in `a.f() + b.g()`) — does not: it is never read again before it is written.
 * This is the list a thread that moves takes along (MultistateInfo.live), so a stale value left
 * in a consumed temporary (a method) would otherwise keep the thread from moving.
 */
export function liveAt(machine: Machine, state: number): Variable[] {
  const point = machine.resumePoints[state]
  return point === undefined ? [] : machine.stored.filter((v) => (v.consumedAt === undefined || point < v.consumedAt) && holds(v.live, point))
}

/**
 * Parameters, `this` and `arguments` are written by the caller or the thread's creation, so
 * they live in the continuation; a local or a temporary only if a boundary of the function
 * falls inside its live range — but not the boundary call that takes a temporary (its callee,
 * `this`, an argument): it is not read after that call (liveAt), so written and taken in one
 * run of the state machine it stays a JS local.
 */
function isStored(ctx: FnContext, v: Variable): boolean {
  if (v.kind !== 'local' && v.kind !== 'temporary') return true
  return ctx.boundaryPoints.some((b) => holds(v.live, b) && (v.consumedAt === undefined || b < v.consumedAt))
}

/** Regions innermost first: the first whose states hold k.state handles the exception. */
function dispatch(k: string, regions: readonly Region[]): string {
  return regions.map((r) => `if (${k}.state >= ${r.start.id} && ${k}.state < ${r.end.id}) {\n${render(r.handler)}}\n`).join('')
}
