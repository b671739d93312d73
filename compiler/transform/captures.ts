// Closures inside a multistate function (arrows, function and class expressions, object
// literals with methods). Its locals live in the continuation, which a later call of the
// function (or another function of the thread) reuses, and a closure may outlive the call, so a
// closure cannot refer to the field itself: it captures the value when it is created, through a
// wrapper `((x) => closure)(k.f$x)` — a fresh binding per creation, as a per-iteration `const`
// has. That is exact only for variables never written after their initialisation and declared
// before the closure; anything else is diagnosed (VT2003) rather than compiled wrongly. An arrow's
// `this` is the function's, kept in a field: the wrapper is then a function called with it.
// A multistate closure is generated in place (nested.ts), inside the same wrapper.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { usesOwn } from './functions.js'
import { printNested } from './nested.js'

interface Capture {
  name: string
  field: string
}

/** The closure's text (multistate functions in it generated), wrapped so that it sees its captured locals' current values and the function's `this`. */
export function wrapClosure(ctx: FnContext, closure: ts.FunctionExpression | ts.ArrowFunction | ts.ClassExpression | ts.ObjectLiteralExpression): string {
  const captures = capturesOf(ctx, closure)
  if (usesOwn(closure, 'arguments')) {
    throw new Unsupported(Codes.unsupportedConstruct, closure, `an arrow reading 'arguments' of multistate function ${ctx.layout.name} is not supported: use a rest parameter`)
  }
  const text = printNested(ctx.scope, closure, 'this')
  const names = captures.map((c) => c.name).join(', ')
  const values = captures.map((c) => `k.${c.field}`)
  if (usesOwn(closure, 'this')) return `(function (${names}) { return (${text}); }).call(${[`k.${ctx.layout.thisField!}`, ...values].join(', ')})`
  if (captures.length === 0) return text
  return `((${names}) => (${text}))(${values.join(', ')})`
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
  if ((writtenSymbols(ctx).get(symbol) ?? []).some((w) => !isNextIteration(symbol, w, closure))) {
    throw new Unsupported(Codes.capturedMutable, at, `a closure in multistate function ${ctx.layout.name} captures '${name}', which is reassigned: ${fix}`)
  }
  const decl = symbol.valueDeclaration
  if (decl && !ts.isParameter(decl) && decl.getEnd() > closure.getStart(ctx.sf)) {
    throw new Unsupported(Codes.capturedMutable, at, `a closure in multistate function ${ctx.layout.name} captures '${name}' before its declaration: declare it first`)
  }
}

/**
 * `for (let i = 0; …; i++) { closure }`: JS gives each iteration its own `i`, copied before the
 * update runs, so a write in the update is invisible to a closure created in the body.
 */
function isNextIteration(symbol: ts.Symbol, write: ts.Node, closure: ts.Node): boolean {
  const loop = symbol.valueDeclaration?.parent?.parent
  if (!loop || !ts.isForStatement(loop) || !loop.incrementor || !ts.isVariableDeclarationList(loop.initializer!)) return false
  const within = (node: ts.Node, outer: ts.Node): boolean => node.pos >= outer.pos && node.end <= outer.end
  return within(write, loop.incrementor) && within(closure, loop.statement)
}

const written = new WeakMap<FnContext, Map<ts.Symbol, ts.Node[]>>()

/** Where each symbol is assigned in the function (closures included), other than by its declaration. */
function writtenSymbols(ctx: FnContext): Map<ts.Symbol, ts.Node[]> {
  let set = written.get(ctx)
  if (set) return set
  set = new Map()
  const add = (target: ts.Node): void => {
    if (ts.isIdentifier(target)) {
      const symbol = ctx.checker.getSymbolAtLocation(target)
      if (symbol) set!.set(symbol, [...(set!.get(symbol) ?? []), target])
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
