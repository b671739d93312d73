// One multistate function → its state machine `f$sm(k)`: a jump table over k.state inside a
// dispatch loop (`continue $sm` throws to the state just set), and, when the function has
// try statements or for…of loops with boundaries, a catch dispatch that sends an exception to
// the handler of the innermost region holding the state that threw.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FunctionInfo } from '../model.js'
import { FnContext, type ModuleScope } from './context.js'
import { Unsupported } from './diagnostic.js'
import { render, type Region } from './emit.js'
import { explode } from './explode-expressions.js'
import { explodeStatement } from './explode-statements.js'
import { CAUGHT } from './explode-try.js'
import type { MultistateNode } from './functions.js'
import type { Layout } from './hoist.js'
import { returnParts } from './leap.js'
import { plain } from './plain.js'

export interface Machine {
  ctx: FnContext
  /** The `function f$sm(k) { … }` declaration. */
  code: string
  /** The runtime's MultistateInfo: lines[s] and calls[s] per state s. */
  info: { name: string; file: string; lines: number[]; calls: string[] }
}

export function generateMachine(scope: ModuleScope, fn: MultistateNode, layout: Layout, info: FunctionInfo): Machine {
  const ctx = new FnContext(scope, fn, layout, info.boundaries)
  const e = ctx.emitter
  sourceParams(fn).forEach((p, i) => {
    const param = layout.params[i]
    if (!p.initializer || !param) return
    if (ctx.hasBoundary(p.initializer)) throw new Unsupported(Codes.unsupportedFunction, p, 'a state boundary in a default parameter value is not supported yet')
    e.emit(`if (k.${param.field} === undefined) k.${param.field} = ${plain(ctx, p.initializer)};`)
  })
  const body = fn.body!
  if (ts.isBlock(body)) body.statements.forEach((s) => explodeStatement(ctx, s))
  else e.end(returnParts(ctx, explode(ctx, body)))
  if (e.reachable) e.end(returnParts(ctx, 'undefined'))
  const cases = e.cases.map((c) => `case ${c.label.id}: {\n${render(c.parts)}}\n`).join('')
  const jumpTable = `switch (k.state) {\n${cases}default: throw new Error('vtify: ${layout.name} has no state ' + k.state);\n}`
  const table = e.regions.length === 0 ? jumpTable : `try {\n${jumpTable}\n} catch (${CAUGHT}) {\n${dispatch(e.regions)}throw ${CAUGHT};\n}`
  const machine: Machine = {
    ctx,
    code: e.resolve(`function ${layout.name}$sm(k) {\n$sm: for (;;) {\n${table}\n}\n}`),
    info: { name: info.name, file: scope.file, lines: e.cases.map((c) => c.line), calls: e.cases.map((c) => c.call) },
  }
  scope.machines.set(layout, machine)
  return machine
}

/** Regions innermost first: the first whose states hold k.state handles the exception. */
function dispatch(regions: readonly Region[]): string {
  return regions
    .map((r) => `if (k.state >= ${r.start.id} && k.state < ${r.end.id}) {\n${render(r.handler)}}\n`)
    .join('')
}

/** The parameters that take arguments: without TypeScript's `this` parameter. */
export function sourceParams(fn: MultistateNode): ts.ParameterDeclaration[] {
  return fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))
}
