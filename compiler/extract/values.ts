// Which functions an expression may evaluate to, as terms for the whole-program flow
// (flow-insensitive: a variable holds everything ever assigned to it; arrays collapse to their elements).

import ts from '#typescript'
import { skipOuter } from '../outer.js'
import { isReassigned } from '../reassigned.js'
import { callKey, nodeKey, type ExtractContext } from './context.js'
import { accessorSlot, storedMember, type Term } from './facts.js'
import { annotatedReturnType, declaredType } from './declared-types.js'
import { declarationsOfSymbol, resolvedSymbol } from './symbols.js'
import { mayBeFunction } from './function-types.js'
import { propertyNameText } from './naming.js'
import { returnedArgumentOf } from './returned-argument.js'

export function termsOf(ctx: ExtractContext, expr: ts.Expression): Term[] {
  const node = skipOuter(expr)
  if (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) return [{ fn: nodeKey(ctx, node) }]
  if (ts.isCallExpression(node)) return callResultTerms(ctx, node)
  if (ts.isConditionalExpression(node)) return [...termsOf(ctx, node.whenTrue), ...termsOf(ctx, node.whenFalse)]
  if (ts.isBinaryExpression(node)) return binaryTerms(ctx, node)
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((el) => termsOf(ctx, el))
  if (ts.isSpreadElement(node)) return termsOf(ctx, node.expression)
  if (ts.isElementAccessExpression(node)) return elementTerms(ctx, node)
  if (ts.isIdentifier(node)) return symbolTerms(ctx, resolvedSymbol(ctx, node))
  if (ts.isPropertyAccessExpression(node)) return propertyTerms(ctx, node)
  return []
}

/**
 * `o.p` as a value: what its declaration holds, or — a property no type names, of an untyped
 * object — every function the program stored untracked under `p` (estraverse's
 * `this.__execute(visitor.enter, …)` of a visitor `{ enter() {…} }` given by the caller).
 */
function propertyTerms(ctx: ExtractContext, node: ts.PropertyAccessExpression): Term[] {
  const symbol = resolvedSymbol(ctx, node)
  if (symbol || ts.isPrivateIdentifier(node.name)) return symbolTerms(ctx, symbol)
  return [{ slot: storedMember(node.name.text) }]
}

/**
 * The accessors a property descriptor written in place installs (`{ get() {…}, set: f }`; a
 * `value` is only stored), or, for a map of descriptors (`Object.defineProperties`), those of
 * each descriptor in it.
 */
export function descriptorFunctions(ctx: ExtractContext, expr: ts.Expression, map: boolean): Term[] {
  const node = skipOuter(expr)
  if (!ts.isObjectLiteralExpression(node)) return declaredAccessors(ctx, node, map)
  return node.properties.flatMap((p): Term[] => {
    if (map) return ts.isPropertyAssignment(p) ? descriptorFunctions(ctx, p.initializer, false) : []
    const key = p.name && propertyNameText(p.name)
    if (key !== 'get' && key !== 'set') return []
    if (ts.isPropertyAssignment(p)) return termsOf(ctx, p.initializer)
    if (ts.isShorthandPropertyAssignment(p)) return termsOf(ctx, p.name)
    return ts.isMethodDeclaration(p) && p.body ? [{ fn: nodeKey(ctx, p) }] : []
  })
}

/**
 * A descriptor, or map of them, made elsewhere and passed by name — acorn's `accessors.busy.get =
 * function () {…}`, then `Object.defineProperties(Parser.prototype, accessors)`: the accessors its
 * type declares, and those assigned to the objects its declarations hold (that assignment
 * declares nothing on a nested object; extract.ts, flowIntoAccessor).
 */
function declaredAccessors(ctx: ExtractContext, node: ts.Expression, map: boolean): Term[] {
  const { checker } = ctx
  const type = checker.getTypeAtLocation(node)
  const descriptors = map ? checker.getPropertiesOfType(type) : [resolvedSymbol(ctx, node)]
  return descriptors.flatMap((symbol) => {
    const declared = map && symbol ? checker.getTypeOfSymbolAtLocation(symbol, node) : type
    return ACCESSORS.flatMap((key) => [
      ...termsOfDeclarations(ctx, checker.getPropertyOfType(declared, key)?.declarations ?? []),
      ...(symbol?.declarations ?? [])
        .filter((d) => ctx.projectFiles.has(d.getSourceFile().fileName))
        .map((d) => ({ slot: accessorSlot(nodeKey(ctx, d), key) })),
    ])
  })
}

const ACCESSORS = ['get', 'set'] as const

/**
 * The functions an object literal carries in its members, nested literals included:
 * a Proxy handler's methods, an options object's callbacks.
 * Untransformed code given the object calls them: for VT1002 they are passed as callbacks.
 */
export function memberFunctions(ctx: ExtractContext, expr: ts.Expression): Term[] {
  const node = skipOuter(expr)
  if (!ts.isObjectLiteralExpression(node)) return []
  return node.properties.flatMap((p): Term[] => {
    if (ts.isPropertyAssignment(p)) return [...termsOf(ctx, p.initializer), ...memberFunctions(ctx, p.initializer)]
    if (ts.isShorthandPropertyAssignment(p)) return termsOf(ctx, p.name)
    if (ts.isSpreadAssignment(p)) return memberFunctions(ctx, p.expression)
    return p.body ? [{ fn: nodeKey(ctx, p) }] : []
  })
}

function callResultTerms(ctx: ExtractContext, call: ts.CallExpression): Term[] {
  const bound = bindTarget(ctx, call)
  if (bound) return bound
  const callee = resolvedSymbol(ctx, skipOuter(call.expression))
  // `Object.freeze(f)`, esbuild's `__name(f, 'f')`: f itself.
  const argument = returnedArgumentOf(ctx, call, callee)
  if (argument) return termsOf(ctx, argument)
  const declared = annotatedReturnType(ctx, callee)
  return mayBeFunction(ctx.checker, declared ?? ctx.checker.getTypeAtLocation(call)) ? [{ ret: callKey(ctx, call) }] : []
}

function binaryTerms(ctx: ExtractContext, node: ts.BinaryExpression): Term[] {
  switch (node.operatorToken.kind) {
    case ts.SyntaxKind.BarBarToken:
    case ts.SyntaxKind.QuestionQuestionToken:
    case ts.SyntaxKind.AmpersandAmpersandToken:
      return [...termsOf(ctx, node.left), ...termsOf(ctx, node.right)]
    case ts.SyntaxKind.CommaToken:
    case ts.SyntaxKind.EqualsToken:
      return termsOf(ctx, node.right)
    default:
      return []
  }
}

/** `f.bind(…)` evaluates to (a wrapper of) f. */
function bindTarget(ctx: ExtractContext, call: ts.CallExpression): Term[] | undefined {
  const callee = call.expression
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'bind') return undefined
  const terms = termsOf(ctx, callee.expression)
  return terms.length > 0 ? terms : undefined
}

/** `o.k` if the key names a property; else an element of an array, which the flow collapses to the array. */
function elementTerms(ctx: ExtractContext, node: ts.ElementAccessExpression): Term[] {
  const symbol = resolvedSymbol(ctx, node)
  if (symbol) return symbolTerms(ctx, symbol)
  return ts.isStringLiteralLike(node.argumentExpression) ? [] : termsOf(ctx, node.expression)
}

/**
 * Terms for a name: the declarations its symbol resolves to (through import aliases), if its
 * declared type can hold a function. The declared type, not the narrowed one at this reference:
 * narrowing runs control-flow analysis, far too slow to do for every name.
 */
function symbolTerms(ctx: ExtractContext, symbol: ts.Symbol | undefined): Term[] {
  const type = symbol && declaredType(ctx, symbol)
  if (!type || type === 'not-a-function' || (type !== 'function' && !mayBeFunction(ctx.checker, type))) return []
  return termsOfDeclarations(ctx, declarationsOfSymbol(symbol))
}

export function termsOfDeclarations(ctx: ExtractContext, decls: readonly ts.Declaration[]): Term[] {
  return decls.flatMap((decl) => declarationTerms(ctx, decl))
}

export function declarationsOf(ctx: ExtractContext, node: ts.Expression): ts.Declaration[] {
  return declarationsOfSymbol(resolvedSymbol(ctx, node))
}

function declarationTerms(ctx: ExtractContext, decl: ts.Declaration): Term[] {
  if (!ctx.projectFiles.has(decl.getSourceFile().fileName)) return []
  // A declaration's name may be assigned another function (compiler/reassigned.ts): what it holds then flows in.
  if (ts.isFunctionDeclaration(decl))
    return isReassigned(decl, ctx.checker) ? [{ fn: nodeKey(ctx, decl) }, { slot: nodeKey(ctx, decl) }] : [{ fn: nodeKey(ctx, decl) }]
  // A function expression's own name, inside it (`function f(n) { … f(n - 1) … }`).
  if (ts.isFunctionExpression(decl)) return [{ fn: nodeKey(ctx, decl) }]
  if (ts.isExportAssignment(decl)) return termsOf(ctx, decl.expression)
  if (isSlotDeclaration(decl)) return [{ slot: nodeKey(ctx, decl) }]
  return []
}

/** Declarations that hold function values: the flow tracks what is stored in each. */
export function isSlotDeclaration(decl: ts.Node): boolean {
  return (
    ts.isVariableDeclaration(decl) ||
    ts.isParameter(decl) ||
    ts.isBindingElement(decl) ||
    ts.isPropertyDeclaration(decl) ||
    ts.isPropertySignature(decl) ||
    ts.isPropertyAssignment(decl) ||
    ts.isShorthandPropertyAssignment(decl) ||
    ts.isMethodDeclaration(decl) ||
    ts.isMethodSignature(decl) ||
    ts.isGetAccessorDeclaration(decl) ||
    isExpandoAssignment(decl)
  )
}

/**
 * `assert.throws = function (…) {…}` where `assert` is a function declaration: TypeScript
 * declares the property `throws` on the function by this assignment (an expando), so the
 * assignment's target is the property's declaration; `this.p = v` in a JavaScript constructor
 * function declares p by the whole assignment.
 */
export function isExpandoAssignment(decl: ts.Node): boolean {
  // (A module's declaration, its source file, has no parent.)
  const assignment: ts.Node | undefined = ts.isBinaryExpression(decl) ? decl : decl.parent
  return (
    assignment !== undefined &&
    ts.isBinaryExpression(assignment) &&
    assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    (ts.isPropertyAccessExpression(assignment.left) || ts.isElementAccessExpression(assignment.left)) &&
    (assignment === decl || assignment.left === decl)
  )
}
