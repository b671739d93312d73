// From an expression to the symbol that holds its value: through import aliases and shorthand
// properties.

import ts from '#typescript'
import type { ExtractContext } from './context.js'
import { isFunctionLike } from './naming.js'

/** The node whose symbol names what an expression refers to: `f`, the `m` of `o.m`, the `'k'` of `o['k']`. */
export function nameNodeOf(node: ts.Expression): ts.Node | undefined {
  if (ts.isIdentifier(node)) return node
  if (ts.isPropertyAccessExpression(node)) return node.name
  if (ts.isElementAccessExpression(node) && isLiteralKey(node.argumentExpression)) return node.argumentExpression
  return undefined
}

/**
 * The symbol an expression names, before aliases are followed. `o[key]` names a property only when
 * the key's type is one literal (`const key = 'greet'`) or one unique symbol (`Symbol.iterator`,
 * `const key: unique symbol = Symbol()`); any other key names an element, which has no symbol of
 * its own.
 */
export function symbolOf(ctx: ExtractContext, node: ts.Expression): ts.Symbol | undefined {
  if (ts.isElementAccessExpression(node) && !isLiteralKey(node.argumentExpression)) return propertyByKeyType(ctx, node)
  const at = nameNodeOf(node)
  const symbol = at && ctx.checker.getSymbolAtLocation(at)
  return symbol ?? (at && ts.isPrivateIdentifier(at) ? privateNameSymbol(ctx, at) : undefined)
}

/**
 * `o.#m` on an untyped `o`: the checker leaves it unresolved, but a private name always means the
 * member of the innermost enclosing class that declares it.
 */
function privateNameSymbol(ctx: ExtractContext, name: ts.PrivateIdentifier): ts.Symbol | undefined {
  for (let n: ts.Node | undefined = name.parent; n; n = n.parent) {
    const member = ts.isClassLike(n) ? n.members.find((m) => m.name && ts.isPrivateIdentifier(m.name) && m.name.text === name.text) : undefined
    if (member?.name) return ctx.checker.getSymbolAtLocation(member.name)
  }
  return undefined
}

export function resolvedSymbol(ctx: ExtractContext, node: ts.Expression): ts.Symbol | undefined {
  return resolveAlias(ctx, symbolOf(ctx, node))
}

/** `o['k']` and `o[0]`: the checker resolves these to a property by itself. */
function isLiteralKey(key: ts.Expression): boolean {
  return ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)
}

function propertyByKeyType(ctx: ExtractContext, node: ts.ElementAccessExpression): ts.Symbol | undefined {
  const key = ctx.checker.getTypeAtLocation(node.argumentExpression)
  const receiver = () => ctx.checker.getApparentType(ctx.checker.getTypeAtLocation(node.expression))
  if (key.flags & ts.TypeFlags.UniqueESSymbol) {
    const name = (key as ts.UniqueESSymbolType).escapedName
    return ctx.checker.getPropertiesOfType(receiver()).find((p) => p.escapedName === name)
  }
  if (!key.isStringLiteral() && !key.isNumberLiteral()) return undefined
  return ctx.checker.getPropertyOfType(receiver(), String(key.value))
}

/** Follow import aliases and shorthand properties to the symbol that holds the value. */
export function resolveAlias(ctx: ExtractContext, symbol: ts.Symbol | undefined): ts.Symbol | undefined {
  let resolved = symbol
  if (resolved && resolved.flags & ts.SymbolFlags.Alias) resolved = ctx.checker.getAliasedSymbol(resolved)
  const decl = resolved?.valueDeclaration
  if (decl && ts.isShorthandPropertyAssignment(decl)) resolved = ctx.checker.getShorthandAssignmentValueSymbol(decl) ?? resolved
  // `{ readLine }` of an imported readLine names the import: its value is the other module's.
  if (resolved !== symbol && resolved && resolved.flags & ts.SymbolFlags.Alias) resolved = ctx.checker.getAliasedSymbol(resolved)
  return resolved
}

/** The declarations of a symbol that hold its value: of overloads, only the implementation (the one with a body). */
export function declarationsOfSymbol(symbol: ts.Symbol | undefined): ts.Declaration[] {
  const decls = symbol?.declarations ?? []
  // Overloads: only the implementation has a body.
  const bodies = decls.filter((d) => isFunctionLike(d) && d.body)
  return bodies.length > 0 ? bodies : decls
}
