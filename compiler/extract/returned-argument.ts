// Calls that evaluate to one of their arguments: `Object.freeze(f)` is f (inspectors.ts), and so
// is a call of a function of this file that only returns one of its parameters, as it is or
// through such a library call — esbuild's `__name = (target, value) => __defProp(target, 'name',
// …)`, which a bundle wraps around every function. The flow is context-insensitive: through the
// helper's own return value, every function any call handed it would reach every caller. Read
// at the call, each caller gets back what it passed.

import ts from '#typescript'
import { skipOuter } from '../outer.js'
import { isVariableReassigned } from '../reassigned.js'
import { boundFunction, type BoundFunction } from './bindings.js'
import type { ExtractContext } from './context.js'
import { returnedArgument } from './inspectors.js'
import { libraryFunction } from './library.js'
import { resolvedSymbol } from './symbols.js'

/** The argument `call` evaluates to, if its callee (`callee`, resolved) always returns one. */
export function returnedArgumentOf(ctx: ExtractContext, call: ts.CallExpression, callee: ts.Symbol | undefined): ts.Expression | undefined {
  const library = libraryFunction(ctx, callee)
  const fn = library === undefined ? boundFunction(ctx, callee) : undefined
  const index = library !== undefined ? returnedArgument(library) : fn && returnedParameter(ctx, fn)
  if (index === undefined) return undefined
  // A spread before it moves the argument to a position only known at run time.
  const args = call.arguments
  return args.slice(0, index + 1).some(ts.isSpreadElement) ? undefined : args[index]
}

const returnedParameters = new WeakMap<BoundFunction, number | undefined>()

/** The position of the parameter `fn` returns on every path that returns a value, if there is one. */
function returnedParameter(ctx: ExtractContext, fn: BoundFunction): number | undefined {
  if (returnedParameters.has(fn)) return returnedParameters.get(fn)
  // Unknown while it is worked out: helpers returning each other's calls end.
  returnedParameters.set(fn, undefined)
  let index: number | undefined
  if (!fn.asteriskToken && !fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
    const positions = new Set(returnedExpressions(fn).map((e) => parameterIn(ctx, fn, e)))
    const only = positions.size === 1 ? [...positions][0]! : -1
    index = only >= 0 ? only : undefined
  }
  returnedParameters.set(fn, index)
  return index
}

/** The values `fn` returns: its expression body, or the expressions of its return statements (a bare one returns undefined, no function). */
function returnedExpressions(fn: BoundFunction): ts.Expression[] {
  const body = fn.body
  if (!body) return []
  if (!ts.isBlock(body)) return [body]
  const found: ts.Expression[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
    if (ts.isReturnStatement(node) && node.expression) found.push(node.expression)
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(body, visit)
  return found
}

/** Which of fn's plain, never-assigned parameters `expr` is, as it is or through a library call that returns it; -1 if none. */
function parameterIn(ctx: ExtractContext, fn: BoundFunction, expr: ts.Expression, depth = 0): number {
  const node = skipOuter(expr)
  if (ts.isCallExpression(node) && depth < 4) {
    const argument = returnedArgumentOf(ctx, node, resolvedSymbol(ctx, skipOuter(node.expression)))
    return argument === undefined ? -1 : parameterIn(ctx, fn, argument, depth + 1)
  }
  const decl = ts.isIdentifier(node) ? resolvedSymbol(ctx, node)?.valueDeclaration : undefined
  if (!decl || !ts.isParameter(decl) || decl.initializer || decl.dotDotDotToken || isVariableReassigned(decl, ctx.checker)) return -1
  return fn.parameters.indexOf(decl)
}
