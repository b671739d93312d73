// Library code a call reaches: a function declared outside the project (lib.d.ts, a package's
// types), called by its own name or through a variable of the calling file bound to it for good.

import ts from '#typescript'
import { skipOuter } from '../outer.js'
import { isVariableReassigned } from '../reassigned.js'
import type { ExtractContext } from './context.js'
import { declarationsOfSymbol, resolvedSymbol } from './symbols.js'

/** The name of the library function `symbol` holds (`ObjectConstructor.defineProperty`, `setTimeout`), or undefined for project code and unknown values. */
export function libraryFunction(ctx: ExtractContext, symbol: ts.Symbol | undefined): string | undefined {
  // A few hops: `var a = b, b = Object.freeze`; `var a = a` ends too.
  for (let hops = 0, at = symbol; hops < 4; hops++) {
    const decls = declarationsOfSymbol(at)
    if (decls.length === 0) return undefined
    if (decls.every((d) => !ctx.projectFiles.has(d.getSourceFile().fileName))) return externalName(decls[0]!)
    const bound = boundTo(ctx, decls)
    if (!bound) return undefined
    at = resolvedSymbol(ctx, bound)
  }
  return undefined
}

/**
 * What a variable of this file holds for good, if it is bound to a name: `var __defProp =
 * Object.defineProperty` (esbuild's and Rolldown's bundle helpers), `const slice =
 * Array.prototype.slice`. Only in the calling file: another file's binding could change without
 * changing the types this file's facts depend on.
 */
function boundTo(ctx: ExtractContext, decls: readonly ts.Declaration[]): ts.Expression | undefined {
  const decl = decls.length === 1 ? decls[0]! : undefined
  if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || decl.getSourceFile() !== ctx.sourceFile) return undefined
  if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) && isVariableReassigned(decl, ctx.checker)) return undefined
  const value = skipOuter(decl.initializer)
  return ts.isIdentifier(value) || ts.isPropertyAccessExpression(value) ? value : undefined
}

/** `Array.forEach`, `setTimeout`: how to name untransformed code in a message. */
export function externalName(decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl)?.getText() ?? '<function>'
  const owner = decl.parent
  if ((ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name) return `${owner.name.text}.${name}`
  return name
}
