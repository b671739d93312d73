// What a call's callee is: a vtify/runtime export, untransformed code, an unboundable value, or
// project code (as terms for the flow). Decided per call site with the checker, which is the
// costly part of extraction: each callee's symbol is looked up once.

import ts from '#typescript'
import { nodeKey, shortText, type ExtractContext } from './context.js'
import type { CalleeFact, Shape } from './facts.js'
import { storesFunctions } from './containers.js'
import { isFunctionLike, literalKey } from './naming.js'
import { calleeShape } from './shapes.js'
import { isRuntimeNamespace, runtimeExportOf } from './runtime-module.js'
import { declarationsOfSymbol, nameNodeOf, resolveAlias, resolvedSymbol, symbolOf } from './symbols.js'
import { skipOuter } from '../outer.js'
import { isReassigned } from '../reassigned.js'
import { termsOf, termsOfDeclarations } from './values.js'
import { libraryFunction } from './library.js'

/** The callee of a call, with `f.call(thisArg, …)` and `f.apply(thisArg, list)` seen as calls of f. */
export interface CalleeInfo {
  fact: CalleeFact
  /** Arguments as passed to the callee (shifted for `.call`, none known for `.apply`). */
  args: readonly ts.Expression[]
  /** For a call through a value that the flow may not bound: the value's shape (shapes.ts). */
  shape?: Shape
}

/** What a callee needs of a call: the callee expression and the arguments as written. */
interface WrittenCall {
  readonly expression: ts.Expression
  readonly arguments: readonly ts.Expression[]
}

/**
 * ``tag`a${x}` ``: a call of the tag with the strings array (which holds no function) and the
 * substitutions as its arguments.
 */
export function tagCalleeOf(ctx: ExtractContext, node: ts.TaggedTemplateExpression): CalleeInfo {
  const substitutions = ts.isTemplateExpression(node.template) ? node.template.templateSpans.map((s) => s.expression) : []
  return calleeOf(ctx, { expression: node.tag, arguments: [node.template, ...substitutions] })
}

export function calleeOf(ctx: ExtractContext, call: WrittenCall): CalleeInfo {
  const callee = skipOuter(call.expression)
  if (ts.isPropertyAccessExpression(callee) && callee.name.text.startsWith('VT_') && isRuntimeNamespace(ctx, callee.expression)) {
    return { fact: { runtime: callee.name.text }, args: call.arguments }
  }
  const base = callee.kind === ts.SyntaxKind.SuperKeyword ? superConstructor(ctx, call) : undefined
  if (base) return base
  const symbol = symbolOf(ctx, callee)
  // `c[key]()` with a key known only at run time on an object of a project class: any of its methods.
  const methods = !symbol && ts.isElementAccessExpression(callee) ? methodsByAnyKey(ctx, callee) : []
  if (methods.length > 0) return { fact: { terms: termsOfDeclarations(ctx, methods), direct: false, ...unnamedKey(ctx, callee) }, args: call.arguments }
  // An element no property names (`list[0]`, `ops[key]`): the flow reads it from the container.
  if (!symbol && (!nameNodeOf(callee) || ts.isElementAccessExpression(callee))) return throughValue(ctx, callee, call.arguments)
  const runtime = runtimeExportOf(ctx, symbol)
  if (runtime) return { fact: { runtime }, args: call.arguments }
  const resolved = resolveAlias(ctx, symbol)
  const invoker = ts.isPropertyAccessExpression(callee) ? (functionPrototypeInvoker(resolved) ?? untypedInvoker(resolved, callee)) : undefined
  if (invoker && ts.isPropertyAccessExpression(callee)) {
    // `f.apply(t, list)`: the arguments are only known at run time.
    const value = invoked(ctx, callee.expression, invoker === 'call' ? call.arguments.slice(1) : [])
    // Untyped, `x.apply(…)` may as well be a method named apply (lezer's `stack.apply(…)`), or a
    // function stored under that name: matched as unresolved() matches any other name.
    return resolved === undefined && !('external' in value.fact) ? { ...value, fact: { ...value.fact, member: invoker, reads: invoker } as CalleeFact } : value
  }
  // `Reflect.apply(f, t, list)` is `f.apply(t, list)`: a call of f, not f handed to library code.
  const target = call.arguments[0]
  if (target && isReflectApply(ctx, resolved)) return invoked(ctx, target, [])
  if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
    return { fact: superCall(ctx, resolved), args: call.arguments }
  }
  const fact = resolved === undefined ? unresolved(callee) : resolve(ctx, resolved)
  // Functions and methods declared with bodies are all a call can reach; other names hold values.
  const declared = 'terms' in fact && declarationsOfSymbol(resolved).every((d) => isFunctionLike(d) && d.body)
  return { fact, args: call.arguments, shape: declared || !('terms' in fact || 'dynamic' in fact) ? undefined : calleeShape(ctx, callee) }
}

/**
 * `new C(…)`: the constructor it runs — the class's own or an inherited one — or code vtify does not
 * transform; C may be a variable initialised with a class expression (classOf). Undefined where
 * nothing traceable runs: a project class with no constructor, a class a variable is assigned
 * later, a constructor function (constructorFunctionOf). Read from declarations: asking the
 * checker to resolve the `new` costs more than extracting the rest of a file.
 */
export function constructorOf(ctx: ExtractContext, node: ts.NewExpression): CalleeInfo | undefined {
  return constructorFrom(ctx, resolvedSymbol(ctx, skipOuter(node.expression)), node.expression, node.arguments ?? [])
}

/** `super(…)` in a constructor: the base class's constructor (its own or an inherited one), as for `new`. */
function superConstructor(ctx: ExtractContext, call: WrittenCall): CalleeInfo | undefined {
  const base = baseOf(ts.findAncestor(call.expression, ts.isClassLike))
  return base && constructorFrom(ctx, resolvedSymbol(ctx, base), base, call.arguments)
}

function constructorFrom(ctx: ExtractContext, cls: ts.Symbol | undefined, written: ts.Expression, args: readonly ts.Expression[]): CalleeInfo | undefined {
  for (let hops = 0; cls && hops < 32; hops++) {
    const declared = cls.valueDeclaration
    if (!declared) return undefined
    if (!ctx.projectFiles.has(declared.getSourceFile().fileName)) return { fact: external(`new ${shortText(written)}`), args }
    const decl = classOf(declared)
    if (!decl) return undefined
    const ctor = decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined)
    if (ctor) return { fact: { terms: [{ fn: nodeKey(ctx, ctor) }], direct: true }, args }
    const base = baseOf(decl)
    cls = base && resolvedSymbol(ctx, base)
  }
  return undefined
}

/** What a class extends (`class C extends B`: B), if anything. */
function baseOf(cls: ts.ClassLikeDeclaration | undefined): ts.Expression | undefined {
  return cls?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression
}

/** The class a declaration names: a class declaration, or the class expression a variable is initialised with (`var C = class extends B {…}`, as bundlers write classes). */
function classOf(decl: ts.Declaration): ts.ClassLikeDeclaration | undefined {
  if (ts.isClassLike(decl)) return decl
  const value = ts.isVariableDeclaration(decl) && decl.initializer ? skipOuter(decl.initializer) : undefined
  return value && ts.isClassExpression(value) ? value : undefined
}

/**
 * `new F(…)` of a constructor function of the project (`function F(cb) {…}`, `var F = function
 * (cb) {…}`): acorn's `new TokContext(…, callback)` keeps the callback in a property. Not a call
 * of the analysis — a multistate F cannot be constructed (the transform's VT2002) — but its
 * arguments reach F's parameters.
 */
export function constructorFunctionOf(ctx: ExtractContext, node: ts.NewExpression): ts.FunctionDeclaration | ts.FunctionExpression | undefined {
  const decl = resolvedSymbol(ctx, skipOuter(node.expression))?.valueDeclaration
  if (!decl || !ctx.projectFiles.has(decl.getSourceFile().fileName)) return undefined
  if (ts.isFunctionDeclaration(decl)) return decl.body ? decl : undefined
  if (ts.isFunctionExpression(decl)) return decl
  const value = ts.isVariableDeclaration(decl) && decl.initializer && skipOuter(decl.initializer)
  return value && ts.isFunctionExpression(value) ? value : undefined
}

/**
 * The methods with bodies and function-valued fields of a project class or object type that
 * `o[key]` may name when the key is not one literal: those its literal types name
 * (`key: 'a' | 'b'`), or any, for any other key (`c[String('m')]`, `c[1 + 1]`, an object that
 * becomes a string). One that is multistate makes the call a state boundary (a dynamic call,
 * which runs a plain method plainly).
 */
function methodsByAnyKey(ctx: ExtractContext, callee: ts.ElementAccessExpression): ts.Declaration[] {
  const key = ctx.checker.getTypeAtLocation(callee.argumentExpression)
  const members = key.isUnion() ? key.types : [key]
  const receiver = ctx.checker.getApparentType(ctx.checker.getTypeAtLocation(callee.expression))
  const named = members.flatMap((m) => (m.isStringLiteral() || m.isNumberLiteral() ? [String(m.value)] : []))
  const any = named.length < members.length
  const properties = any ? ctx.checker.getPropertiesOfType(receiver) : named.flatMap((n) => ctx.checker.getPropertyOfType(receiver, n) ?? [])
  // A key that names no property may still be one a computed name makes at run time.
  const unnamed = any || properties.length < named.length ? computedNameMembers(ctx.checker, receiver) : []
  return [...properties.flatMap((p) => p.declarations ?? []), ...unnamed].filter((d) => isCallableMember(d) && ctx.projectFiles.has(d.getSourceFile().fileName))
}

function isCallableMember(d: ts.Node): boolean {
  if (ts.isMethodDeclaration(d)) return d.body !== undefined
  return (ts.isPropertyDeclaration(d) || ts.isPropertyAssignment(d)) && d.initializer !== undefined
}

/**
 * Members whose name is computed from an expression with no literal type (`[1 + 1]() {}`,
 * `[key] = () => …`), or is a BigInt (`1n() {}`): the type has no property for them, so any key
 * may name one. Of the
 * receiver's class or object literal and its base classes; static and instance alike (a state
 * boundary that calls a plain method only costs a dynamic call).
 */
function computedNameMembers(checker: ts.TypeChecker, receiver: ts.Type): ts.Declaration[] {
  const out: ts.Declaration[] = []
  const seen = new Set<ts.Type>()
  const visit = (type: ts.Type): void => {
    if (seen.has(type)) return
    seen.add(type)
    for (const decl of type.getSymbol()?.declarations ?? []) {
      const members: readonly ts.Declaration[] = ts.isClassLike(decl) ? decl.members : ts.isObjectLiteralExpression(decl) ? decl.properties : []
      for (const m of members) if (isUnnamedComputed(checker, m)) out.push(m)
    }
    for (const base of type.isClassOrInterface() ? (type.getBaseTypes() ?? []) : []) visit(base)
  }
  visit(receiver)
  return out
}

function isUnnamedComputed(checker: ts.TypeChecker, member: ts.Declaration): boolean {
  const name = ts.getNameOfDeclaration(member)
  // TypeScript makes no property of a BigInt name (`1n() {}`) either: any key may reach it.
  if (name && ts.isBigIntLiteral(name)) return true
  if (!name || !ts.isComputedPropertyName(name)) return false
  // A literal names a property of the type; so does a unique symbol. Any other expression, even
  // of a literal type (`[x = 1]`), is computed at run time and makes none.
  const key = name.expression
  if (ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)) return false
  return (checker.getTypeAtLocation(key).flags & ts.TypeFlags.UniqueESSymbol) === 0
}

/** `super.m()` calls the base class's own m: no dispatch to overrides (the caller is one). */
function superCall(ctx: ExtractContext, symbol: ts.Symbol | undefined): CalleeFact {
  const methods = declarationsOfSymbol(symbol).filter((d) => ts.isMethodDeclaration(d) && ctx.projectFiles.has(d.getSourceFile().fileName))
  return methods.length > 0 ? { terms: methods.map((d) => ({ fn: nodeKey(ctx, d) })), direct: true } : resolve(ctx, symbol)
}

/** `f.call(this, x)`, `f.apply(this, [x])`: the function invoked is f. */
function functionPrototypeInvoker(symbol: ts.Symbol | undefined): 'call' | 'apply' | undefined {
  const name = symbol?.name
  if (name !== 'call' && name !== 'apply') return undefined
  const owner = symbol!.declarations?.[0]?.parent
  return owner && ts.isInterfaceDeclaration(owner) && FUNCTION_INTERFACES.has(owner.name.text) ? name : undefined
}

const FUNCTION_INTERFACES: ReadonlySet<string> = new Set(['Function', 'CallableFunction'])

/** `Reflect.apply` of TypeScript's library (a function of `declare namespace Reflect`). */
function isReflectApply(ctx: ExtractContext, symbol: ts.Symbol | undefined): boolean {
  const decl = symbol?.name === 'apply' ? symbol.declarations?.[0] : undefined
  if (!decl || ctx.projectFiles.has(decl.getSourceFile().fileName) || !ts.isModuleBlock(decl.parent)) return false
  return decl.parent.parent.name.text === 'Reflect'
}

/** The call of `fn` that `.call`, `.apply` or `Reflect.apply` makes, with the arguments it gets where they are written. */
function invoked(ctx: ExtractContext, fn: ts.Expression, args: readonly ts.Expression[]): CalleeInfo {
  // `Object.prototype.hasOwnProperty.call(o, k)` calls library code, not a value to match.
  const fact = resolve(ctx, resolveAlias(ctx, symbolOf(ctx, skipOuter(fn))))
  return 'external' in fact ? { fact, args } : throughValue(ctx, fn, args)
}

/**
 * `callback.call(this, x)` where no type says what `callback` is (an untyped parameter): taken
 * for Function.prototype's, as JavaScript written so means — estraverse's visitor callbacks.
 */
function untypedInvoker(symbol: ts.Symbol | undefined, callee: ts.PropertyAccessExpression): 'call' | 'apply' | undefined {
  const name = callee.name.text
  return symbol === undefined && (name === 'call' || name === 'apply') ? name : undefined
}

function resolve(ctx: ExtractContext, symbol: ts.Symbol | undefined): CalleeFact {
  const decls = declarationsOfSymbol(symbol)
  if (decls.length === 0) return { dynamic: true }
  const library = libraryFunction(ctx, symbol)
  if (library !== undefined) return external(library)
  const inProject = decls.filter((d) => ctx.projectFiles.has(d.getSourceFile().fileName))
  const direct = inProject.every((d) => ts.isFunctionDeclaration(d) && !isReassigned(d, ctx.checker))
  return { terms: termsOfDeclarations(ctx, decls), direct }
}

/** `o.m(…)` that names no property of o's known type: its name, for analyze/escapes.ts. */
function unresolved(callee: ts.Expression): CalleeFact {
  if (!ts.isPropertyAccessExpression(callee) || ts.isPrivateIdentifier(callee.name)) return { dynamic: true }
  // A receiver whose type names no such method may still hold one: an object type that lacks it
  // (`this` seen as its class), `any` (an untyped parameter, `let C;` assigned a class later), or
  // a type inference got wrong — in JavaScript, `let total = null` assigned in a closure and
  // returned is typed `null` — or a union some of whose members lack it.
  const reads = callee.name.text
  return { dynamic: true, member: reads, reads }
}

function throughValue(ctx: ExtractContext, callee: ts.Expression, args: readonly ts.Expression[]): CalleeInfo {
  const terms = termsOf(ctx, callee)
  const fact: CalleeFact = terms.length > 0 ? { terms, direct: false, ...unnamedKey(ctx, callee) } : { dynamic: true, ...readsOf(callee) }
  return { fact, args, shape: calleeShape(ctx, callee) }
}

/**
 * `o[k](…)`, `o['f'](…)` through a value the flow does not follow: the property it reads (facts.ts
 * storedMember); with a literal key, also the method it names, as `o.f(…)` would.
 */
function readsOf(callee: ts.Expression): { reads?: string | null; member?: string } {
  if (!ts.isElementAccessExpression(callee)) return {}
  const key = literalKey(callee.argumentExpression)
  return key === undefined ? { reads: null } : { reads: key, member: key }
}

/** `o['k']` whose literal key names no property of o's object type, which has no index signature either. */
function unnamedKey(ctx: ExtractContext, callee: ts.Expression): { reads?: string } {
  const key = ts.isElementAccessExpression(callee) ? literalKey(callee.argumentExpression) : undefined
  if (key === undefined || !ts.isElementAccessExpression(callee)) return {}
  const receiver = ctx.checker.getApparentType(ctx.checker.getTypeAtLocation(callee.expression))
  const named = ctx.checker.getPropertyOfType(receiver, key) !== undefined || ctx.checker.getIndexInfosOfType(receiver).length > 0
  return receiver.flags & ts.TypeFlags.Object && !named ? { reads: key } : {}
}

function external(name: string): CalleeFact {
  return storesFunctions(name) ? { external: name, stores: true } : { external: name }
}
