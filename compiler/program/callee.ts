// What a call's callee is: a vtify/runtime export, untransformed code, an unboundable value, or
// project code (as terms for the flow). Decided per call site with the checker.

import ts from 'typescript'
import type { ExtractContext } from './context.js'
import type { CalleeFact } from './facts.js'
import { isRuntimeNamespace, runtimeExportOf } from './runtime-module.js'
import { declarationsOf, resolvedSymbol, skipWrappers, termsOf } from './values.js'

/** The callee of a call, with `f.call(thisArg, …)` seen as a call of f. */
export interface CalleeInfo {
  fact: CalleeFact
  /** Arguments as passed to the callee (shifted for `.call`). */
  args: readonly ts.Expression[]
}

export function calleeOf(ctx: ExtractContext, call: ts.CallExpression): CalleeInfo {
  const callee = skipWrappers(call.expression)
  const runtime = runtimeName(ctx, callee)
  if (runtime) return { fact: { runtime }, args: call.arguments }
  const invoked = functionPrototypeCall(ctx, callee)
  if (invoked) return { fact: projectOrDynamic(ctx, invoked), args: call.arguments.slice(1) }
  return { fact: resolve(ctx, callee), args: call.arguments }
}

function runtimeName(ctx: ExtractContext, callee: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(callee) && isRuntimeNamespace(ctx, callee.expression)) return callee.name.text
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return undefined
  const at = ts.isPropertyAccessExpression(callee) ? callee.name : callee
  return runtimeExportOf(ctx, ctx.checker.getSymbolAtLocation(at))
}

/** `f.call(this, x)`: the function invoked is f. */
function functionPrototypeCall(ctx: ExtractContext, callee: ts.Expression): ts.Expression | undefined {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'call') return undefined
  const decl = resolvedSymbol(ctx, callee)?.declarations?.[0]
  const owner = decl?.parent
  return owner && ts.isInterfaceDeclaration(owner) && FUNCTION_INTERFACES.has(owner.name.text) ? callee.expression : undefined
}

const FUNCTION_INTERFACES: ReadonlySet<string> = new Set(['Function', 'CallableFunction'])

function resolve(ctx: ExtractContext, callee: ts.Expression): CalleeFact {
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee) && !ts.isElementAccessExpression(callee)) {
    return projectOrDynamic(ctx, callee)
  }
  const decls = declarationsOf(ctx, callee)
  if (decls.length === 0) return { dynamic: true }
  const inProject = decls.filter((d) => ctx.projectFiles.has(d.getSourceFile().fileName))
  if (inProject.length === 0) return { external: externalName(decls[0]!) }
  const direct = inProject.every((d) => ts.isFunctionDeclaration(d))
  return { terms: termsOf(ctx, callee), direct }
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
