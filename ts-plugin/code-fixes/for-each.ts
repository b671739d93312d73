// VT1002's quick fix for Array.prototype.forEach: `items.forEach((item) => …)` becomes
// `for (const item of items) …` — the loop runs in the thread, in the same order, and can wait at
// each element (docs/errors.md#vt1002). Only where the rewrite keeps what the callback did: a
// function written in place, with one plain parameter, whose body has no `return` (a `continue`
// in the loop), no `var`, no `this` or `arguments` of its own, a forEach without a thisArg whose result is
// not used, and an array that does not name the parameter (the loop variable would shadow it).

import ts from 'typescript'
import { Codes } from '../../compiler/index.js'
import { hostOf } from '../refactors/callback-host.js'
import { readsOwnReceiver } from '../refactors/own-receiver.js'
import { defineRefactor, endsWithSemicolon, type RefactorContext } from '../refactors/refactor.js'
import { reportedAt } from '../refactors/reported.js'

interface ForEach {
  statement: ts.ExpressionStatement
  array: ts.Expression
  callback: ts.ArrowFunction | ts.FunctionExpression
  parameter: ts.ParameterDeclaration
}

export const forEachLoop = defineRefactor<ForEach>({
  name: 'vtify: for…of instead of forEach',
  description: 'Iterate with for…of instead of forEach',
  kind: 'quickfix',
  find: forEachAt,
  changes(ctx, { statement, array, callback, parameter }) {
    const { sourceFile } = ctx.file
    const body = callback.body
    const names = boundNames(parameter.name)
    const binding = reassigns(body, names) ? 'let' : 'const'
    const head = `for (${binding} ${parameter.name.getText(sourceFile)} of ${array.getText(sourceFile)})`
    const loopBody = ts.isBlock(body) ? body.getText(sourceFile) : `${body.getText(sourceFile)}${endsWithSemicolon(statement, sourceFile) ? ';' : ''}`
    return [{ span: { start: statement.getStart(sourceFile), length: statement.getWidth(sourceFile) }, newText: `${head} ${loopBody}` }]
  },
})

function forEachAt(ctx: RefactorContext): ForEach | undefined {
  const checker = ctx.model.program.getTypeChecker()
  for (const callback of reportedAt(ctx, Codes.callbackToUntransformed)) {
    if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) continue
    const call = callback.parent
    if (!ts.isCallExpression(call) || call.arguments.length !== 1 || !ts.isExpressionStatement(call.parent)) continue
    const callee = call.expression
    if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken || callee.name.text !== 'forEach' || hostOf(checker, call) !== 'array') continue
    const [parameter, ...more] = callback.parameters
    if (!parameter || more.length > 0 || parameter.dotDotDotToken || parameter.initializer) continue
    if (callback.asteriskToken || ts.getCombinedModifierFlags(callback) & ts.ModifierFlags.Async || !keepsMeaning(callback)) continue
    if (readsOuter(checker, callee.expression, boundNames(parameter.name))) continue
    return { statement: call.parent, array: callee.expression, callback, parameter }
  }
  return undefined
}

/**
 * No `return` and no `var` outside nested functions (in a loop, a `var` belongs to the enclosing
 * function, where it may be another variable's name), and no `this` or `arguments` of its own.
 */
function keepsMeaning(callback: ts.ArrowFunction | ts.FunctionExpression): boolean {
  // Any nested function has its own returns and vars.
  const isVar = (n: ts.Node): boolean => ts.isVariableDeclarationList(n) && (n.flags & ts.NodeFlags.BlockScoped) === 0
  const hasReturnOrVar = some(
    callback.body,
    (n) => ts.isReturnStatement(n) || isVar(n),
    (n) => ts.isFunctionLike(n),
  )
  return !hasReturnOrVar && !readsOwnReceiver(callback)
}

/**
 * Whether `array` reads a variable named like the loop variable: `node.children.forEach((node) => …)`
 * cannot become `for (const node of node.children)`, which reads the loop variable before it is
 * initialised (a ReferenceError). Names `array` declares itself (`xs.filter((x) => x).forEach((x) => …)`) are its own.
 */
function readsOuter(checker: ts.TypeChecker, array: ts.Expression, names: readonly string[]): boolean {
  const declaredIn = (symbol: ts.Symbol | undefined): boolean => symbol?.declarations?.some((d) => d.pos >= array.pos && d.end <= array.end) === true
  const reads = (node: ts.Node): boolean => {
    if (!ts.isIdentifier(node) || !names.includes(node.text)) return false
    const { parent } = node
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
    const symbol = ts.isShorthandPropertyAssignment(parent) ? checker.getShorthandAssignmentValueSymbol(parent) : checker.getSymbolAtLocation(node)
    return !declaredIn(symbol)
  }
  return some(array, reads, () => false)
}

/** Whether a node under `root` matches, not looking inside the nodes `skip` accepts. */
function some(root: ts.Node, match: (node: ts.Node) => boolean, skip: (node: ts.Node) => boolean): boolean {
  const visit = (node: ts.Node): boolean => match(node) || (!skip(node) && ts.forEachChild(node, (child) => (visit(child) ? true : undefined)) === true)
  return visit(root)
}

function boundNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text]
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : boundNames(e.name)))
}

/** Whether the body assigns one of the parameter's names (the loop variable is then `let`). */
function reassigns(body: ts.Node, names: readonly string[]): boolean {
  const isName = (node: ts.Node): boolean => ts.isIdentifier(node) && names.includes(node.text)
  const assigns = (node: ts.Node): boolean =>
    (ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      isName(node.left)) ||
    ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken) &&
      isName(node.operand))
  return some(body, assigns, () => false)
}
