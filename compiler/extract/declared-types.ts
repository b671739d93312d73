// The types the flow prunes by (function-types.ts), read as cheaply as possible. An annotation is
// read as written; an initialiser that is plainly a number, string, boolean or object is not a
// function whatever its exact type; only the rest asks the checker to infer, the costliest part
// of extraction (it resolves initialisers and call signatures).

import ts from '#typescript'
import type { ExtractContext } from './context.js'
import { isFunctionLike } from './naming.js'
import { resolvedSymbol } from './symbols.js'

/** A type, or what a declaration plainly is without computing its type. */
export type DeclaredType = ts.Type | 'function' | 'not-a-function'

export function declaredType(ctx: ExtractContext, symbol: ts.Symbol): DeclaredType {
  const decl = symbol.valueDeclaration
  if (decl && (isFunctionLike(decl) || ts.isClassDeclaration(decl))) return 'function'
  const annotated = decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl))
  if (annotated && decl.type) return ctx.checker.getTypeFromTypeNode(decl.type)
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer) {
    const fromInitializer = initializerType(ctx, decl.initializer)
    if (fromInitializer) return fromInitializer
  }
  return ctx.checker.getTypeOfSymbol(symbol)
}

/** The return type written on the function a call calls, if there is one. */
export function annotatedReturnType(ctx: ExtractContext, callee: ts.Symbol | undefined): ts.Type | undefined {
  const decl = callee?.valueDeclaration
  return decl && isFunctionLike(decl) && decl.type ? ctx.checker.getTypeFromTypeNode(decl.type) : undefined
}

function initializerType(ctx: ExtractContext, init: ts.Expression): DeclaredType | undefined {
  let node = init
  while (ts.isParenthesizedExpression(node)) node = node.expression
  if (isPlainValue(node)) return 'not-a-function'
  if (ts.isCallExpression(node)) return annotatedReturnType(ctx, resolvedSymbol(ctx, node.expression))
  return undefined
}

const ARITHMETIC = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.InstanceOfKeyword,
  ts.SyntaxKind.InKeyword,
])

/** Literals, arithmetic, comparisons and object literals: values that are never functions. */
function isPlainValue(node: ts.Expression): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.ObjectLiteralExpression:
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
    case ts.SyntaxKind.TypeOfExpression:
    case ts.SyntaxKind.VoidExpression:
      return true
    case ts.SyntaxKind.BinaryExpression:
      return ARITHMETIC.has((node as ts.BinaryExpression).operatorToken.kind)
    default:
      return false
  }
}
