// `super.m`, `super[x]` and `super.m(…)` in a multistate class method. Its state machine is a
// function in a static block of the class, where `super` is a syntax error (in a function) or the
// base class's statics (in the block itself), so the method's home object — the class's
// prototype, or the class for a static method — is captured in that block as `vt$home`, and a
// property is read as JavaScript reads `super.m`: from the home object's prototype at the time
// of the access, with the method's `this` as the receiver (getters see it too).

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { ModuleScope } from './context.js'
import { Unsupported } from './diagnostic.js'
import { homeFunction } from './functions.js'

export type SuperAccess = (ts.PropertyAccessExpression | ts.ElementAccessExpression) & { expression: ts.SuperExpression }

/** The name of the home object in the static block of a multistate class method (nested.ts). */
export const HOME = 'vt$home'

export function isSuperAccess(node: ts.Node): node is SuperAccess {
  return (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && node.expression.kind === ts.SyntaxKind.SuperKeyword
}

/** `super.<key>` read with receiver `self`; `key` is printed JS (a string literal or an expression). */
export function superGet(key: string, self: string): string {
  return `Reflect.get(Object.getPrototypeOf(${HOME}), ${key}, ${self})`
}

/** `delete super.<key>`: the key is evaluated, then a ReferenceError thrown, before any base is looked up. */
export function superDelete(key: string): string {
  return `(${key}, (() => { throw new ReferenceError("Unsupported reference to 'super'"); })())`
}

/** `super.<key>(…args)`: the base method called with the method's `this`. */
export function superCall(key: string, self: string, args: readonly string[]): string {
  return `${superGet(key, self)}.call(${[self, ...args].join(', ')})`
}

/** The printed key of a super access: `'m'` for `super.m`, the printed expression for `super[x]`. */
export function superKey(node: SuperAccess, print: (e: ts.Expression) => string): string {
  return ts.isPropertyAccessExpression(node) ? JSON.stringify(node.name.text) : print(node.argumentExpression)
}

/**
 * Check that `vt$home` is in scope for this `super`: its home function (the nearest non-arrow
 * function around it) is a multistate class method, whose static block defines it. Writing
 * through super (`super.x = v`) is not supported.
 */
export function checkSuper(scope: ModuleScope, node: SuperAccess): void {
  const home = homeFunction(node)
  const supported = home !== undefined && ts.isMethodDeclaration(home) && ts.isClassLike(home.parent) && scope.functions.has(home)
  if (!supported) {
    throw new Unsupported(Codes.unsupportedConstruct, node, `'super' is supported in multistate class methods (and arrows in them) only, not yet here`)
  }
  if (isWritten(node))
    throw new Unsupported(Codes.unsupportedConstruct, node, `an assignment to a 'super' property in a multistate method is not supported yet`)
}

function isWritten(node: ts.Expression): boolean {
  const parent = node.parent
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    return parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  }
  return (
    (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) &&
    (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)
  )
}

/** Whether `body` uses `super` of the function it belongs to (arrows see through). */
export function usesSuper(body: ts.Node): boolean {
  const visit = (node: ts.Node): boolean => {
    if ((ts.isFunctionLike(node) && !ts.isArrowFunction(node)) || ts.isClassLike(node)) return false
    if (node.kind === ts.SyntaxKind.SuperKeyword) return true
    return ts.forEachChild(node, visit) ?? false
  }
  return visit(body)
}
