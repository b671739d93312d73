// Call shapes: the parameter and return types of a function, or of the function type of a value it
// is called through, as written in their annotations. A call through a value the flow cannot bound — an
// element of a Map, a record read by a computed key — may reach an escaped multistate function
// whose shape fits (analyze/escapes.ts). Annotations are read as text: it compares across files
// and programs without a checker, which the whole-program phases do not have, and costs next to
// nothing, where printing every function's inferred types with the checker was a tenth of the
// cold analysis. `any`, `unknown` or a type parameter matches anything, and so does a left-out
// annotation that the function's contextual type does not supply (valueShape).

import ts from '#typescript'
import type { ExtractContext } from './context.js'
import { ANY_TYPE, type Shape } from './facts.js'
import { isThisParameter } from './naming.js'

export function functionShape(fn: ts.SignatureDeclaration): Shape {
  return { params: parametersOf(fn).map((p) => typeText(p.type, fn)), returns: typeText(fn.type, fn) }
}

/**
 * The shape of a function value: an arrow or function expression that leaves out annotations
 * (`{ b: (sock) => … }` in a `Record<string, Handler>`) takes them from the type it is checked
 * against, or it would match every call of its arity.
 */
export function valueShape(ctx: ExtractContext, fn: ts.SignatureDeclaration): Shape {
  const own = functionShape(fn)
  const params = parametersOf(fn)
  const leavesOut = fn.type === undefined || params.some((p) => p.type === undefined)
  if (!leavesOut || (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn))) return own
  const context = ctx.checker.getContextualType(fn)?.getCallSignatures()[0]?.declaration
  if (!context || ts.isJSDocSignature(context)) return own
  const from = functionShape(context)
  return {
    params: own.params.map((t, i) => (params[i]!.type === undefined ? (from.params[i] ?? t) : t)),
    returns: fn.type === undefined ? from.returns : own.returns,
  }
}

function parametersOf(fn: ts.SignatureDeclaration): ts.ParameterDeclaration[] {
  return fn.parameters.filter((p) => !isThisParameter(p))
}

/**
 * The shape of the value a call calls: none when its type is `any`, has several signatures, or is
 * declared outside the project. A Promise's `resolve`, a saved `hasOwnProperty` are library
 * functions; a container of the program's functions has a type the program wrote
 * (`Map<string, Handler>`). The rare one typed by a library (`Map<string, EventListener>`) is left
 * to the runtime, which names the call site if it reaches a multistate function.
 */
export function calleeShape(ctx: ExtractContext, callee: ts.Expression): Shape | undefined {
  // `map.get(k)!(…)` and `f?.(…)`: the callee seen without its wrappers may still include undefined.
  const signatures = ctx.checker.getNonNullableType(ctx.checker.getTypeAtLocation(callee)).getCallSignatures()
  const decl = signatures.length === 1 ? signatures[0]!.declaration : undefined
  if (!decl || ts.isJSDocSignature(decl) || !ctx.projectFiles.has(decl.getSourceFile().fileName)) return undefined
  return functionShape(decl)
}

function typeText(type: ts.TypeNode | undefined, fn: ts.SignatureDeclaration): string {
  if (!type || type.kind === ts.SyntaxKind.AnyKeyword || type.kind === ts.SyntaxKind.UnknownKeyword) return ANY_TYPE
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && isTypeParameter(type.typeName.text, fn)) return ANY_TYPE
  // `net.Socket` and `Socket` name one type as often as not: compare the last name only.
  const text = type.getText().replace(/\s+/g, '')
  return ts.isTypeReferenceNode(type) ? text.replace(/^(?:\w+\.)+/, '') : text
}

/** Whether `name` is a type parameter in scope of a signature: its own or an enclosing declaration's. */
function isTypeParameter(name: string, fn: ts.SignatureDeclaration): boolean {
  for (let at: ts.Node | undefined = fn; at; at = at.parent) {
    const declared =
      ts.isFunctionLike(at) || ts.isClassLike(at) || ts.isInterfaceDeclaration(at) || ts.isTypeAliasDeclaration(at) ? at.typeParameters : undefined
    if (declared?.some((p) => p.name.text === name)) return true
  }
  return false
}
