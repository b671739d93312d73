// What a name of the file being extracted holds for good, so that a call through it can be read
// as a call of that value: a function declaration nothing assigns to, or a variable's initialiser
// when the variable is `const` or never assigned again. Only in that file: another file's binding
// could change without changing the types this file's facts depend on (incremental/).

import ts from '#typescript'
import { skipOuter } from '../outer.js'
import { isReassigned, isVariableReassigned } from '../reassigned.js'
import type { ExtractContext } from './context.js'
import { declarationsOfSymbol } from './symbols.js'

export type BoundValue = ts.Expression | ts.FunctionDeclaration
export type BoundFunction = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction

/** The value `symbol` (resolved) is bound to for good in this file, seen through parentheses and assertions. */
export function boundValue(ctx: ExtractContext, symbol: ts.Symbol | undefined): BoundValue | undefined {
  const decls = declarationsOfSymbol(symbol)
  const decl = decls.length === 1 ? decls[0]! : undefined
  if (!decl || decl.getSourceFile() !== ctx.sourceFile) return undefined
  if (ts.isFunctionDeclaration(decl)) return decl.body && !isReassigned(decl, ctx.checker) ? decl : undefined
  if (!ts.isVariableDeclaration(decl) || !decl.initializer) return undefined
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) && isVariableReassigned(decl, ctx.checker)) return undefined
  return skipOuter(decl.initializer)
}

/** A function of this file a name holds for good: `function f() {}`, `const f = () => …`, `var f = function () {…}`. */
export function boundFunction(ctx: ExtractContext, symbol: ts.Symbol | undefined): BoundFunction | undefined {
  const value = boundValue(ctx, symbol)
  return value && (ts.isFunctionDeclaration(value) || ts.isFunctionExpression(value) || ts.isArrowFunction(value)) ? value : undefined
}
