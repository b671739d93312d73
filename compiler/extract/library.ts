// Library code a call reaches: a function declared outside the project (lib.d.ts, a package's
// types), called by its own name or through a variable of the calling file bound to it for good
// (bindings.ts).

import ts from '#typescript'
import { boundValue } from './bindings.js'
import type { ExtractContext } from './context.js'
import { declarationsOfSymbol, resolvedSymbol } from './symbols.js'

/** The name of the library function `symbol` holds (`ObjectConstructor.defineProperty`, `setTimeout`), or undefined for project code and unknown values. */
export function libraryFunction(ctx: ExtractContext, symbol: ts.Symbol | undefined): string | undefined {
  // A few hops: `var a = b, b = Object.freeze`; `var a = a` ends too.
  for (let hops = 0, at = symbol; hops < 4; hops++) {
    const decls = declarationsOfSymbol(at)
    if (decls.length === 0) return undefined
    if (decls.every((d) => !ctx.projectFiles.has(d.getSourceFile().fileName))) return externalName(decls[0]!)
    // `var __defProp = Object.defineProperty` (esbuild's and Rolldown's bundle helpers)
    const bound = boundValue(ctx, at)
    if (!bound || !(ts.isIdentifier(bound) || ts.isPropertyAccessExpression(bound))) return undefined
    at = resolvedSymbol(ctx, bound)
  }
  return undefined
}

/** `Array.forEach`, `setTimeout`: how to name untransformed code in a message. */
export function externalName(decl: ts.Declaration): string {
  const name = ts.getNameOfDeclaration(decl)?.getText() ?? '<function>'
  const owner = decl.parent
  if ((ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name) return `${owner.name.text}.${name}`
  return name
}
