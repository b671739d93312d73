// Bundlers' namespace objects: `__export(ns, { f: () => f, g: () => g })`, where
// `__export = (target, all) => { for (var name in all) __defProp(target, name, { get: all[name] }) }`
// (esbuild; Rolldown's `__exportAll` is the same), makes `ns.f` a getter that returns f. The flow
// follows functions, not the objects that carry them into `all`, so inside the helper it cannot
// tell which getter is installed under which key; at the call, the literal says it. What each
// member's function returns is then what reading that key of an untyped object may give
// (facts.ts storedMember) — a chai assertion's `check_error_exports.getConstructorName(e)`.

import ts from '#typescript'
import { skipOuter } from '../outer.js'
import { boundFunction, type BoundFunction } from './bindings.js'
import type { ExtractContext } from './context.js'
import { descriptorArgument } from './inspectors.js'
import { libraryFunction } from './library.js'
import { resolvedSymbol } from './symbols.js'

/** The argument of `call` whose members its callee installs as getters under their own keys, if it does. */
export function getterMembers(ctx: ExtractContext, call: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  // Most calls are given no object literal: they are not asked about their callee.
  if (!call.arguments.some((a) => ts.isObjectLiteralExpression(skipOuter(a)))) return undefined
  const fn = boundFunction(ctx, resolvedSymbol(ctx, skipOuter(call.expression)))
  const index = fn && installerParameter(ctx, fn)
  const members = index === undefined ? undefined : call.arguments[index]
  const literal = members && skipOuter(members)
  return literal && ts.isObjectLiteralExpression(literal) ? literal : undefined
}

const installers = new WeakMap<BoundFunction, number | undefined>()

/** Which parameter `fn` iterates with for…in, installing `param[key]` as the getter of `key` with a library call that takes a descriptor. */
function installerParameter(ctx: ExtractContext, fn: BoundFunction): number | undefined {
  if (installers.has(fn)) return installers.get(fn)
  let index: number | undefined
  const visit = (node: ts.Node): void => {
    if (index !== undefined || ts.isFunctionLike(node)) return
    if (ts.isForInStatement(node)) index = installedBy(ctx, fn, node)
    ts.forEachChild(node, visit)
  }
  if (fn.body) ts.forEachChild(fn.body, visit)
  installers.set(fn, index)
  return index
}

/** For `for (k in param) … defineProperty(target, k, { get: param[k] })`: param's position. */
function installedBy(ctx: ExtractContext, fn: BoundFunction, loop: ts.ForInStatement): number | undefined {
  const key = ts.isVariableDeclarationList(loop.initializer) ? loop.initializer.declarations[0]?.name : loop.initializer
  const keySymbol = key && ts.isIdentifier(key) ? ctx.checker.getSymbolAtLocation(key) : undefined
  const source = skipOuter(loop.expression)
  const paramSymbol = ts.isIdentifier(source) ? resolvedSymbol(ctx, source) : undefined
  const param = paramSymbol?.valueDeclaration
  const index = param && ts.isParameter(param) ? fn.parameters.indexOf(param) : -1
  if (!keySymbol || !paramSymbol || index < 0) return undefined
  const names = (node: ts.Expression, symbol: ts.Symbol): boolean => ts.isIdentifier(node) && resolvedSymbol(ctx, node) === symbol
  let found = false
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return
    if (ts.isCallExpression(node) && node.arguments[1] && names(skipOuter(node.arguments[1]), keySymbol)) {
      const library = libraryFunction(ctx, resolvedSymbol(ctx, skipOuter(node.expression)))
      found = node.arguments.some((arg, i) => {
        if (library === undefined || descriptorArgument(library, i) !== 'one') return false
        const getter = getterOf(skipOuter(arg))
        return (
          getter !== undefined &&
          ts.isElementAccessExpression(getter) &&
          names(skipOuter(getter.expression), paramSymbol) &&
          names(skipOuter(getter.argumentExpression), keySymbol)
        )
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(loop.statement)
  return found ? index : undefined
}

/** The `get` of a descriptor written in place: `{ get: all[name], enumerable: true }`. */
function getterOf(descriptor: ts.Expression): ts.Expression | undefined {
  if (!ts.isObjectLiteralExpression(descriptor)) return undefined
  const get = descriptor.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'get')
  return get && ts.isPropertyAssignment(get) ? skipOuter(get.initializer) : undefined
}
