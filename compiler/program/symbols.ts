// From an expression to the symbol that holds its value: through import aliases and shorthand
// properties.

import ts from '#typescript'
import type { ExtractContext } from './context.js'

/** The node whose symbol names what an expression refers to: `f`, the `m` of `o.m`, the `'k'` of `o['k']`. */
export function nameNodeOf(node: ts.Expression): ts.Node | undefined {
  if (ts.isIdentifier(node)) return node
  if (ts.isPropertyAccessExpression(node)) return node.name
  if (ts.isElementAccessExpression(node)) return node.argumentExpression
  return undefined
}

export function resolvedSymbol(ctx: ExtractContext, node: ts.Expression): ts.Symbol | undefined {
  const at = nameNodeOf(node)
  return at && resolveAlias(ctx, ctx.checker.getSymbolAtLocation(at))
}

/** Follow import aliases and shorthand properties to the symbol that holds the value. */
export function resolveAlias(ctx: ExtractContext, symbol: ts.Symbol | undefined): ts.Symbol | undefined {
  let resolved = symbol
  if (resolved && resolved.flags & ts.SymbolFlags.Alias) resolved = ctx.checker.getAliasedSymbol(resolved)
  const decl = resolved?.valueDeclaration
  if (decl && ts.isShorthandPropertyAssignment(decl)) resolved = ctx.checker.getShorthandAssignmentValueSymbol(decl) ?? resolved
  return resolved
}
