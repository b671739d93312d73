// Closures inside a multistate function. Its locals live in the continuation, which a later
// call of the function reuses, so a closure cannot refer to the field itself: it captures the
// value when it is created, through a wrapper `((x) => closure)(k.f$x)`. That is exact only for
// variables never written after their initialisation and declared before the closure; anything
// else is diagnosed (VT2003) rather than compiled wrongly.

import ts from 'typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'

interface Capture {
  name: string
  field: string
}

/** The closure's text, wrapped so that it sees its captured locals' current values. */
export function wrapClosure(ctx: FnContext, closure: ts.FunctionExpression | ts.ArrowFunction | ts.ClassExpression): string {
  const captures = capturesOf(ctx, closure)
  const text = closure.getText(ctx.sf)
  if (captures.length === 0) return text
  const names = captures.map((c) => c.name).join(', ')
  const values = captures.map((c) => `k.${c.field}`).join(', ')
  return `((${names}) => (${text}))(${values})`
}

function capturesOf(ctx: FnContext, closure: ts.Node): Capture[] {
  const found = new Map<string, Capture>()
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = ctx.checker.getSymbolAtLocation(node)
      const field = symbol && ctx.layout.locals.get(symbol)
      if (symbol && field && !found.has(field)) {
        checkCapturable(ctx, symbol, node, closure)
        found.set(field, { name: node.text, field })
      }
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      const symbol = ctx.checker.getShorthandAssignmentValueSymbol(node)
      const field = symbol && ctx.layout.locals.get(symbol)
      if (symbol && field && !found.has(field)) {
        checkCapturable(ctx, symbol, node, closure)
        found.set(field, { name: node.name.text, field })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(closure)
  return [...found.values()]
}

function checkCapturable(ctx: FnContext, symbol: ts.Symbol, at: ts.Node, closure: ts.Node): void {
  const name = symbol.name
  const fix = 'copy it into a const declared before the closure'
  if (ctx.layout.varSymbols.has(symbol)) {
    throw new Unsupported(Codes.capturedMutable, at, `a closure in multistate function ${ctx.layout.name} captures '${name}', declared with var: ${fix}`)
  }
  if (writtenSymbols(ctx).has(symbol)) {
    throw new Unsupported(Codes.capturedMutable, at, `a closure in multistate function ${ctx.layout.name} captures '${name}', which is reassigned: ${fix}`)
  }
  const decl = symbol.valueDeclaration
  if (decl && !ts.isParameter(decl) && decl.getEnd() > closure.getStart(ctx.sf)) {
    throw new Unsupported(Codes.capturedMutable, at, `a closure in multistate function ${ctx.layout.name} captures '${name}' before its declaration: declare it first`)
  }
}

const written = new WeakMap<FnContext, Set<ts.Symbol>>()

/** Symbols assigned anywhere in the function (closures included), other than by their declaration. */
function writtenSymbols(ctx: FnContext): Set<ts.Symbol> {
  let set = written.get(ctx)
  if (set) return set
  set = new Set()
  const add = (target: ts.Node): void => {
    if (ts.isIdentifier(target)) {
      const symbol = ctx.checker.getSymbolAtLocation(target)
      if (symbol) set!.add(symbol)
    } else if (ts.isParenthesizedExpression(target)) add(target.expression)
    else if (ts.isArrayLiteralExpression(target)) target.elements.forEach(add)
    else if (ts.isObjectLiteralExpression(target)) {
      for (const p of target.properties) {
        if (ts.isPropertyAssignment(p)) add(p.initializer)
        else if (ts.isShorthandPropertyAssignment(p)) add(p.name)
        else if (ts.isSpreadAssignment(p)) add(p.expression)
      }
    } else if (ts.isSpreadElement(target)) add(target.expression)
    else if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) add(target.left)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) add(node.left)
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isIncrement(node.operator)) add(node.operand)
    else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) add(node.initializer)
    ts.forEachChild(node, visit)
  }
  visit(ctx.fn)
  written.set(ctx, set)
  return set
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
}

function isIncrement(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken
}
