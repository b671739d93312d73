// vtify/runtime and its primitives. Primitives are recognised by symbol — resolved through
// imports, aliases, re-exports and namespaces — never by name, so a user's own `VT_read` is not one.

import ts from '#typescript'
import type { ExtractContext } from './context.js'
import { RUNTIME_MODULE, THREAD_STARTERS as STARTERS } from '../../runtime/surface.js'

export { PRIMITIVES, RUNTIME_MODULE } from '../../runtime/surface.js'

/** Runtime exports that start a thread: their function argument runs in a new virtual thread. */
export const THREAD_STARTERS: ReadonlySet<string> = new Set(STARTERS)

export function isRuntimeSpecifier(text: string): boolean {
  return text === RUNTIME_MODULE
}

/** The files `import … from 'vtify/runtime'` resolves to in this program. */
export function findRuntimeFiles(program: ts.Program, files: readonly ts.SourceFile[]): Set<string> {
  const checker = program.getTypeChecker()
  const found = new Set<string>()
  for (const sf of files) {
    for (const stmt of sf.statements) {
      const spec = moduleSpecifierOf(stmt)
      if (!spec || !isRuntimeSpecifier(spec.text)) continue
      const decl = checker.getSymbolAtLocation(spec)?.valueDeclaration
      if (decl) found.add(decl.getSourceFile().fileName)
    }
  }
  return found
}

function moduleSpecifierOf(stmt: ts.Statement): ts.StringLiteral | undefined {
  if ((ts.isImportDeclaration(stmt) || ts.isExportDeclaration(stmt)) && stmt.moduleSpecifier && ts.isStringLiteral(stmt.moduleSpecifier)) {
    return stmt.moduleSpecifier
  }
  return undefined
}

/**
 * If `symbol` (the callee's symbol, possibly an import alias) is an export of vtify/runtime,
 * its exported name. Works when the runtime's types did not resolve, by reading the import.
 */
export function runtimeExportOf(ctx: ExtractContext, symbol: ts.Symbol | undefined): string | undefined {
  let current = symbol
  for (let hops = 0; current && hops < 32; hops++) {
    const decl = current.declarations?.[0]
    if (decl && ctx.runtimeFiles.has(decl.getSourceFile().fileName)) return current.name
    const fromImport = decl && importedRuntimeName(decl)
    if (fromImport) return fromImport
    if (!(current.flags & ts.SymbolFlags.Alias)) return undefined
    current = ctx.checker.getImmediateAliasedSymbol(current)
  }
  return undefined
}

/** `import { VT_read as r } from 'vtify/runtime'` → 'VT_read' (also for `export { … } from`). */
function importedRuntimeName(decl: ts.Declaration): string | undefined {
  if (!ts.isImportSpecifier(decl) && !ts.isExportSpecifier(decl)) return undefined
  const owner = ts.isImportSpecifier(decl) ? decl.parent.parent.parent : decl.parent.parent
  const spec = owner.moduleSpecifier
  if (!spec || !ts.isStringLiteral(spec) || !isRuntimeSpecifier(spec.text)) return undefined
  return (decl.propertyName ?? decl.name).text
}

/** `vt` in `vt.VT_read(…)` is `import * as vt from 'vtify/runtime'`. */
export function isRuntimeNamespace(ctx: ExtractContext, expr: ts.Expression): boolean {
  if (!ts.isIdentifier(expr)) return false
  const decl = ctx.checker.getSymbolAtLocation(expr)?.declarations?.[0]
  if (!decl || !ts.isNamespaceImport(decl)) return false
  const spec = decl.parent.parent.moduleSpecifier
  return ts.isStringLiteral(spec) && isRuntimeSpecifier(spec.text)
}
