// Names users recognise for functions: `serve`, `Server.handle`, the variable an arrow is bound to,
// `<callback to forEach>` for an anonymous argument.

import ts from '#typescript'
import { isOuter } from '../outer.js'
import type { ContextKind } from './facts.js'

export type FunctionLike =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration

export function isFunctionLike(node: ts.Node): node is FunctionLike {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  )
}

export function isThisParameter(p: ts.ParameterDeclaration): boolean {
  // The parameters of a JSDoc function type (`@param {function(string): void} cb`) have no name,
  // whatever the declared type says.
  const name = p.name as ts.BindingName | undefined
  return name !== undefined && ts.isIdentifier(name) && name.text === 'this'
}

export function kindOf(fn: FunctionLike): ContextKind {
  if (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) return 'function'
  if (ts.isArrowFunction(fn)) return 'arrow'
  if (ts.isMethodDeclaration(fn)) return 'method'
  if (ts.isConstructorDeclaration(fn)) return 'constructor'
  return ts.isGetAccessorDeclaration(fn) ? 'getter' : 'setter'
}

/**
 * The property a function expression or arrow is assigned to or initialises, seen through
 * parentheses and type assertions: `P.prototype.eat = function () {…}` (JavaScript's methods
 * before classes), `{ eat: () => … }`.
 */
export function assignedMember(fn: FunctionLike): string | undefined {
  if (!ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn)) return undefined
  let node: ts.Node = fn
  while (isOuter(node.parent)) node = node.parent
  const at = storedAt(node)
  if (at === undefined || ts.isElementAccessExpression(at)) return undefined
  return ts.isIdentifier(at.name) || ts.isStringLiteral(at.name) ? at.name.text : undefined
}

/** Where `value` is stored by a name: `{ p: value }` (the property), `o.p = value`, `o[k] = value` (the target). */
function storedAt(value: ts.Node): ts.PropertyAssignment | ts.PropertyAccessExpression | ts.ElementAccessExpression | undefined {
  const parent = value.parent
  if (ts.isPropertyAssignment(parent)) return parent.initializer === value ? parent : undefined
  if (!ts.isBinaryExpression(parent) || parent.right !== value || parent.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined
  const target = parent.left
  return ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? target : undefined
}

/**
 * When JavaScript itself calls `fn`, if it does: a method keyed `[Symbol.iterator]`, `toString`,
 * … of a class or an object literal, or a function assigned to such a property
 * (`o[Symbol.iterator] = function () {…}`). Such a call comes from the engine, where a thread
 * cannot suspend, so the function can hold no state boundary (analyze/diagnose.ts, VT1004).
 */
export function implicitCall(fn: FunctionLike): string | undefined {
  const key = implicitKey(fn)
  return key === undefined ? undefined : IMPLICIT_CALLS.get(key)
}

function implicitKey(fn: FunctionLike): string | undefined {
  const at = ts.isMethodDeclaration(fn) ? fn : storedAt(fn)
  if (at === undefined) return undefined
  if (ts.isPropertyAccessExpression(at)) return at.name.text
  if (ts.isElementAccessExpression(at)) return computedKey(at.argumentExpression)
  return ts.isComputedPropertyName(at.name) ? computedKey(at.name.expression) : memberKey(at.name)
}

/** A computed key as IMPLICIT_CALLS spells it: `['toString']` is `toString`, `[Symbol.iterator]` its text. */
const computedKey = (key: ts.Expression): string => literalKey(key) ?? key.getText()

const CONVERSION = 'when it converts the object to a primitive (string concatenation, template literals, arithmetic, comparisons)'
// A Map: a key such as `constructor` must not find Object.prototype's members.
const IMPLICIT_CALLS: ReadonlyMap<string, string> = new Map([
  ['Symbol.iterator', 'for each for…of loop, spread and array destructuring over the object'],
  ['Symbol.asyncIterator', 'for each for await loop over the object'],
  ['Symbol.toPrimitive', CONVERSION],
  ['toString', CONVERSION],
  ['valueOf', CONVERSION],
  ['Symbol.hasInstance', 'for instanceof'],
  ['toJSON', 'when JSON.stringify serialises the object'],
  ['Symbol.dispose', 'when the block of a `using` declaration of the object ends'],
  ['Symbol.asyncDispose', 'when the block of an `await using` declaration of the object ends'],
])

export function functionName(fn: FunctionLike): string {
  if (ts.isConstructorDeclaration(fn)) return `${ownerName(fn)}.constructor`
  if (ts.isGetAccessorDeclaration(fn)) return memberName(fn, `get ${propertyNameText(fn.name)}`)
  if (ts.isSetAccessorDeclaration(fn)) return memberName(fn, `set ${propertyNameText(fn.name)}`)
  if (ts.isMethodDeclaration(fn)) return memberName(fn, propertyNameText(fn.name))
  if (fn.name) return fn.name.text
  if (ts.isFunctionDeclaration(fn)) return 'default'
  return bindingName(fn) ?? `<${fn.kind === ts.SyntaxKind.ArrowFunction ? 'arrow' : 'function'}>`
}

/** Name of a class member initialiser pseudo-function, e.g. `Server.port (initialiser)`. */
export function fieldName(field: ts.PropertyDeclaration): string {
  return `${memberName(field, propertyNameText(field.name))} (initialiser)`
}

export function staticBlockName(block: ts.ClassStaticBlockDeclaration): string {
  return `${ownerName(block)} (static block)`
}

export function propertyNameText(name: ts.PropertyName): string {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    return name.text
  }
  return `[${ts.isComputedPropertyName(name) ? name.expression.getText() : name.getText()}]`
}

/** The property key a member's name makes (`f`, `'f'`, `[1n]`), when it is known without running the code. */
export function memberKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name)) return name.text
  return literalKey(ts.isComputedPropertyName(name) ? name.expression : name)
}

/** The property key a literal makes (`o['f']`, `o[1]`, `[1n]`); undefined for any other expression. */
export function literalKey(key: ts.Node): string | undefined {
  if (ts.isStringLiteralLike(key)) return key.text
  if (ts.isNumericLiteral(key)) return String(Number(key.text))
  if (ts.isBigIntLiteral(key)) return String(BigInt(key.text.slice(0, -1)))
  return undefined
}

function memberName(member: ts.ClassElement | ts.ObjectLiteralElement, own: string): string {
  const owner = ownerName(member)
  return owner ? `${owner}.${own}` : own
}

function ownerName(member: ts.Node): string {
  const parent = member.parent
  if (ts.isClassDeclaration(parent)) return parent.name?.text ?? 'default'
  if (ts.isClassExpression(parent)) return parent.name?.text ?? bindingName(parent) ?? '<class>'
  if (ts.isObjectLiteralExpression(parent)) return bindingName(parent) ?? ''
  return ''
}

/** The name an expression is bound to: `const x = …`, `x = …`, `o.x = …`, `{ x: … }`, or an argument. */
function bindingName(expr: ts.Expression): string | undefined {
  let node: ts.Node = expr
  while (isOuter(node.parent)) node = node.parent
  const parent = node.parent
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text
  if (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return memberNameOf(parent)
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return parent.left.getText()
  }
  if (ts.isExportAssignment(parent)) return 'default'
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) {
    return `<callback to ${calleeName(parent.expression)}>`
  }
  return undefined
}

function memberNameOf(prop: ts.PropertyAssignment | ts.PropertyDeclaration): string {
  const own = propertyNameText(prop.name)
  const owner = ownerName(prop)
  return owner ? `${owner}.${own}` : own
}

/** `arr.forEach` → `forEach`, `setTimeout` → `setTimeout`. */
function calleeName(callee: ts.Expression): string {
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  if (ts.isIdentifier(callee)) return callee.text
  return callee.getText().slice(0, 30)
}
