// What a call's callee is: a vtify/runtime export, untransformed code, an unboundable value, or
// project code (as terms for the flow). Decided per call site with the checker, which is the
// costly part of extraction: each callee's symbol is looked up once.

import ts from '#typescript'
import { nodeKey, type ExtractContext } from './context.js'
import type { CalleeFact } from './facts.js'
import { isRuntimeNamespace, runtimeExportOf } from './runtime-module.js'
import { nameNodeOf, resolveAlias } from './symbols.js'
import { declarationsOfSymbol, skipWrappers, termsOf, termsOfDeclarations } from './values.js'

/** The callee of a call, with `f.call(thisArg, …)` and `f.apply(thisArg, list)` seen as calls of f. */
export interface CalleeInfo {
  fact: CalleeFact
  /** Arguments as passed to the callee (shifted for `.call`, none known for `.apply`). */
  args: readonly ts.Expression[]
}

export function calleeOf(ctx: ExtractContext, call: ts.CallExpression): CalleeInfo {
  const callee = skipWrappers(call.expression)
  const at = nameNodeOf(callee)
  if (!at) return { fact: projectOrDynamic(ctx, callee), args: call.arguments }
  if (ts.isPropertyAccessExpression(callee) && callee.name.text.startsWith('VT_') && isRuntimeNamespace(ctx, callee.expression)) {
    return { fact: { runtime: callee.name.text }, args: call.arguments }
  }
  const symbol = ctx.checker.getSymbolAtLocation(at)
  const runtime = runtimeExportOf(ctx, symbol)
  if (runtime) return { fact: { runtime }, args: call.arguments }
  const resolved = resolveAlias(ctx, symbol)
  const invoker = ts.isPropertyAccessExpression(callee) ? functionPrototypeInvoker(resolved) : undefined
  if (invoker && ts.isPropertyAccessExpression(callee)) {
    // `f.apply(t, list)`: the arguments are only known at run time.
    return { fact: projectOrDynamic(ctx, callee.expression), args: invoker === 'call' ? call.arguments.slice(1) : [] }
  }
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
    return { fact: superCall(ctx, resolved), args: call.arguments }
  }
  return { fact: resolve(ctx, resolved), args: call.arguments }
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

function resolve(ctx: ExtractContext, symbol: ts.Symbol | undefined): CalleeFact {
  const decls = declarationsOfSymbol(symbol)
  if (decls.length === 0) return { dynamic: true }
  const inProject = decls.filter((d) => ctx.projectFiles.has(d.getSourceFile().fileName))
  if (inProject.length === 0) return { external: externalName(decls[0]!) }
  const direct = inProject.every((d) => ts.isFunctionDeclaration(d))
  return { terms: termsOfDeclarations(ctx, decls), direct }
}

function projectOrDynamic(ctx: ExtractContext, callee: ts.Expression): CalleeFact {
  const terms = termsOf(ctx, callee)
  return terms.length > 0 ? { terms, direct: false } : { dynamic: true }
}

/** `Array.forEach`, `setTimeout`: how to name untransformed code in a message. */
function externalName(decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl)?.getText() ?? '<function>'
  const owner = decl.parent
  if ((ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name) return `${owner.name.text}.${name}`
  return name
}
