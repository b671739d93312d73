// The kinds of function the transform turns into state machines, and what their bodies use of
// the call that runs them (`this`, `arguments`). A function expression, an arrow or an object
// literal method becomes an expression that builds its stub and state machine where it stood
// (nested.ts); a class method keeps its place, its state machine goes in a static block.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { functionNodeOf } from '../locate.js'
import type { FunctionInfo } from '../model.js'
import { Unsupported } from './diagnostic.js'
import { isConst } from './cells.js'
import { skipOuter } from '../outer.js'

export type MultistateNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration

/** The multistate function `info` names, if the transform supports its kind and place. */
export function multistateNode(sf: ts.SourceFile, info: FunctionInfo): MultistateNode {
  const node = functionNodeOf(sf, info)
  const fail = (why: string): never => {
    throw new Unsupported(Codes.unsupportedFunction, node ?? sf, `multistate ${info.kind} ${info.name}: ${why} (docs/transform.md)`)
  }
  if (!node || !('body' in node) || node.body === undefined) return fail('not supported yet')
  if (ts.isFunctionDeclaration(node)) {
    if (!node.name) fail('a function declaration without a name is not supported yet')
    return node
  }
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return node
  if (ts.isMethodDeclaration(node)) {
    if (ts.isObjectLiteralExpression(node.parent)) return node
    return node
  }
  return fail('not supported yet')
}

/** A function declaration at module level: a stub bound to its name, called in continuation-passing style by name. */
export function isModuleFunction(fn: ts.Node): fn is ts.FunctionDeclaration {
  return ts.isFunctionDeclaration(fn) && ts.isSourceFile(fn.parent)
}

/** Whether `body` (or a closure, or an object literal) refers to the `this` (or `arguments`) of the function it belongs to: arrows see through, other functions and classes do not. */
export function usesOwn(body: ts.Node, what: 'this' | 'arguments'): boolean {
  const visit = (node: ts.Node): boolean => {
    if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return false
    if (ts.isClassLike(node)) return false
    // `super.m` reads the function's `this` too: it is the receiver.
    if (what === 'this' ? node.kind === ts.SyntaxKind.ThisKeyword || node.kind === ts.SyntaxKind.SuperKeyword : isArgumentsReference(node)) return true
    return ts.forEachChild(node, visit) ?? false
  }
  return visit(body)
}

/** Whether function `fn` refers to its own `this` (or `arguments`): in its body or a parameter's default. */
export function readsOwn(fn: ts.SignatureDeclaration, what: 'this' | 'arguments'): boolean {
  return fn.parameters.some((p) => usesOwn(p, what)) || ('body' in fn && fn.body !== undefined && usesOwn(fn.body, what))
}

/** The nearest function around `node` that is not an arrow (arrows in it share its `this`, `arguments` and `super`), if any. */
export function homeFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n) && !ts.isArrowFunction(n)) return n
  return undefined
}

/** `arguments` as a variable (strict code cannot declare one: it is always the function's). */
export function isArgumentsReference(node: ts.Node): boolean {
  if (!ts.isIdentifier(node) || node.text !== 'arguments') return false
  return !((ts.isPropertyAccessExpression(node.parent) || ts.isPropertyAssignment(node.parent)) && node.parent.name === node)
}

/** The parameters that take arguments: without TypeScript's `this` parameter. */
export function sourceParams(fn: MultistateNode): ts.ParameterDeclaration[] {
  return fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'))
}

/**
 * `new f()` of a multistate function of this module (declared, or a closure bound to a const or
 * let), and a class extending one: not a call the analysis makes a state boundary, and the stub
 * would throw at run time, so the transform says so where it is written. (`new` of a method or
 * an arrow throws a TypeError in JavaScript, and so does its stub: nothing to say.)
 */
export function checkImplicitMultistateCall(node: ts.Node, checker: ts.TypeChecker, functions: ReadonlyMap<MultistateNode, unknown>): void {
  const callee = ts.isNewExpression(node) || ts.isExpressionWithTypeArguments(node) ? node.expression : undefined
  const fn = callee && multistateValue(callee, checker, functions)
  if (!fn || (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn))) return
  const inPlace = fn === skipOuter(callee)
  const what = ts.isNewExpression(node) ? 'called with new' : 'extended by a class (its constructor runs it with new)'
  // `new (f as any)()` names f: the parentheses and the cast are not its name.
  const name = skipOuter(callee).getText()
  throw new Unsupported(
    Codes.unsupportedConstruct,
    node,
    `multistate function ${inPlace ? '(a function expression written here)' : name} is ${what}, which is not supported: call it as a function (it can return the object it builds)`,
    inPlace ? [] : [{ node: ts.getNameOfDeclaration(fn) ?? fn, message: `${name} is defined here` }],
  )
}

/**
 * The `new f()` and `extends f` outside the module's multistate functions — at module top level,
 * in plain functions — for checkImplicitMultistateCall: generating a multistate function checks
 * those inside it, and nothing else would look at these.
 */
export function plainConstructions(sf: ts.SourceFile, functions: ReadonlyMap<MultistateNode, unknown>): ts.Node[] {
  const found: ts.Node[] = []
  const visit = (node: ts.Node): void => {
    if (functions.has(node as MultistateNode)) return
    if (ts.isNewExpression(node) || ts.isExpressionWithTypeArguments(node)) found.push(node)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

function multistateValue(callee: ts.Expression, checker: ts.TypeChecker, functions: ReadonlyMap<MultistateNode, unknown>): ts.Node | undefined {
  const direct = skipOuter(callee)
  if (functions.has(direct as MultistateNode)) return direct
  return valuesOf(checker.getSymbolAtLocation(direct), direct.getSourceFile(), checker).find((v) => functions.has(v as MultistateNode))
}

/**
 * The functions a name or property may hold, as far as one file says: its declaration (a
 * function, a method), its initialiser, and what the file assigns to a variable
 * (`var F; F = function () {…}`).
 */
function valuesOf(symbol: ts.Symbol | undefined, sf: ts.SourceFile, checker: ts.TypeChecker): ts.Node[] {
  const decl = symbol?.valueDeclaration
  if (!symbol || !decl) return []
  if (!ts.isVariableDeclaration(decl) && !ts.isPropertyAssignment(decl)) return [decl]
  const values = decl.initializer ? [skipOuter(decl.initializer)] : []
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && checker.getSymbolAtLocation(skipOuter(node.left)) === symbol) {
      values.push(skipOuter(node.right))
    }
    ts.forEachChild(node, visit)
  }
  // Only a variable of this file that may be assigned again: not a library's, not a const.
  const reassignable = ts.isVariableDeclaration(decl) && decl.getSourceFile() === sf && !isConst(symbol)
  if (reassignable) visit(sf)
  return values
}
