// Closures inside a multistate function (arrows, function and class expressions, nested function
// and class declarations, object literals with methods). Its locals live in the continuation,
// which a later call of the function (or another function of the thread) reuses, and a closure
// may outlive the call, so a closure cannot refer to the field itself: it is wrapped,
// `(() => { const x = k.f$x; return (closure); })()`, and sees a binding of its own holding the
// local's value when the closure is created — exact for a local that never changes afterwards —
// or the local's cell, shared with the state machine (cells.ts). A captured `const` stays a
// `const`, so assigning it in the closure throws as in JavaScript. An arrow's `this` is the
// function's, kept in a field: the wrapper is then a function called with it.
// A multistate closure is generated in place (nested.ts), inside the same wrapper.

import ts from '#typescript'
import type { FnContext } from './context.js'
import { isConst } from './cells.js'
import { usesOwn, type MultistateNode } from './functions.js'
import { anonymousDefinition, namingOf } from './named-evaluation.js'
import { lower } from './lower.js'

export type ClosureNode =
  ts.FunctionExpression | ts.ArrowFunction | ts.ClassExpression | ts.ObjectLiteralExpression | ts.FunctionDeclaration | ts.ClassDeclaration

interface Capture {
  name: string
  field: string
  keyword: 'const' | 'let'
}

/**
 * The closure's text (multistate functions in it generated), wrapped so that it sees its captured
 * locals and the function's `this`. `lost`: the name JavaScript would give an anonymous function
 * or class here that the printed code no longer gives it (its binding became a field or a cell);
 * for a function declaration, that its name is a cell.
 */
export function wrapClosure(ctx: FnContext, closure: ClosureNode, lost?: string): string {
  // An arrow reading the function's `arguments` reads the array kept in its field (strict code
  // cannot name a binding `arguments`: the wrapper's is vt$arguments). In a multistate arrow,
  // vt$arguments is already the binding of its creator's (nested.ts).
  const readsArguments = usesOwn(closure, 'arguments')
  // A function declaration given a name here is one whose name is a cell: printed without it,
  // its own name is the cell it captures, which sees every write to it.
  const ownName = !(lost !== undefined && ts.isFunctionDeclaration(closure))
  const printed = lower.printNested(ctx.scope, closure, 'this', ownName, readsArguments ? 'vt$arguments' : undefined)
  const captures = capturesOf(ctx, closure, ownName)
  if (readsArguments && ctx.layout.argumentsField) captures.push({ name: 'vt$arguments', field: ctx.layout.argumentsField, keyword: 'const' })
  const wrapped = captures.length > 0 || usesOwn(closure, 'this')
  // In the wrapper, a call, the closure is no longer named where it stands (`{ f: () => x }`).
  const named = lost ?? (wrapped && anonymousDefinition(closure) === closure ? namingOf(closure)?.name : undefined)
  const text = named === undefined || ctx.scope.functions.has(closure as MultistateNode) ? printed : nameIt(named, printed)
  const declared = captures.map((c) => `${c.keyword} ${c.name} = ${ctx.variable(c.field)};`).join(' ')
  // Parenthesised: the closure may be the operand of `new` (`new function () {…}`).
  if (usesOwn(closure, 'this')) return `((function () { ${declared} return (${text}); }).call(${ctx.variable(ctx.layout.thisField!)}))`
  if (captures.length === 0) return text
  return `((() => { ${declared} return (${text}); })())`
}

/** NamedEvaluation: an anonymous function or class defined as a property value takes the property's key as its name. */
export function nameIt(name: string, anonymous: string): string {
  const key = JSON.stringify(name)
  return `(({ ${key}: ${anonymous} })[${key}])`
}

function capturesOf(ctx: FnContext, closure: ts.Node, ownName: boolean): Capture[] {
  const found = new Map<string, Capture>()
  const capture = (symbol: ts.Symbol | undefined, name: string): void => {
    const field = symbol && ctx.layout.locals.get(symbol)
    if (!symbol || !field || found.has(field) || (ownName && isOwnName(closure, symbol))) return
    found.set(field, { name, field, keyword: ctx.layout.cells.has(field) || isConst(symbol) ? 'const' : 'let' })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) capture(ctx.checker.getSymbolAtLocation(node), node.text)
    if (ts.isShorthandPropertyAssignment(node)) capture(ctx.checker.getShorthandAssignmentValueSymbol(node), node.name.text)
    ts.forEachChild(node, visit)
  }
  visit(closure)
  return [...found.values()]
}

/** A function or class declaration printed as a named expression: its own name is bound by the expression itself. */
function isOwnName(closure: ts.Node, symbol: ts.Symbol): boolean {
  return (ts.isFunctionDeclaration(closure) || ts.isClassDeclaration(closure)) && symbol.valueDeclaration === closure
}
