// How a refactor names a vtify/runtime export in a file: through the file's existing import (under
// its alias, or its namespace), or by adding it to an import of vtify/runtime, or by a new import —
// provided that the name means that import where the call goes (no variable there hides it).

import ts from 'typescript'
import { RUNTIME_MODULE } from '../../compiler/index.js'
import { newLineOf } from './refactor.js'

export interface RuntimeReference {
  /** The expression to call, e.g. `VT_yield`, `y` (aliased) or `vt.VT_yield`. */
  expression: string
  /** The change that imports it, when the file does not yet. */
  importChange?: ts.TextChange
}

/** Where the reference will stand, for what its first name means there. */
export interface ReferenceSite {
  at: ts.Node
  checker: ts.TypeChecker
}

/** `name` as the code at `site` can call it; undefined when a variable there hides the name it needs. */
export function runtimeReference(site: ReferenceSite, name: string): RuntimeReference | undefined {
  const references = runtimeReferences(site, [name])
  if (!references) return undefined
  const { expressions, importChange } = references
  return importChange ? { expression: expressions[0]!, importChange } : { expression: expressions[0]! }
}

/** Several exports at once: one change imports all those the file does not import yet. */
export function runtimeReferences(site: ReferenceSite, names: readonly string[]): { expressions: string[]; importChange?: ts.TextChange } | undefined {
  const sourceFile = site.at.getSourceFile()
  const imports = sourceFile.statements.filter(isRuntimeImport)
  const missing: string[] = []
  const expressions: string[] = []
  for (const name of names) {
    const known = importedAs(imports, name)
    // `vt.VT_yield()` where a parameter `vt` hides `import * as vt`; `VT_yield()` where a variable
    // of that name would hide the import added.
    const reaches = known ? resolvesTo(site, known.binding, site.checker.getSymbolAtLocation(known.binding)) : resolvesTo(site, name, undefined)
    if (!reaches) return undefined
    if (!known) missing.push(name)
    expressions.push(known?.expression ?? name)
  }
  if (missing.length === 0) return { expressions }
  const named = imports.map((d) => d.importClause?.namedBindings).find((b) => b !== undefined && ts.isNamedImports(b))
  const last = named?.elements[named.elements.length - 1]
  const importChange = last ? { span: { start: last.getEnd(), length: 0 }, newText: `, ${missing.join(', ')}` } : newImport(sourceFile, missing)
  return { expressions, importChange }
}

/** Whether `name` means `symbol` at the site (undefined: nothing, so that an import can bind it). */
function resolvesTo({ at, checker }: ReferenceSite, name: ts.Identifier | string, symbol: ts.Symbol | undefined): boolean {
  const text = typeof name === 'string' ? name : name.text
  return checker.resolveName(text, at, ts.SymbolFlags.Value | ts.SymbolFlags.Alias, false) === symbol
}

/** How the file's imports of vtify/runtime name `name` (its alias, or through its namespace), and the name bound. */
function importedAs(imports: readonly ts.ImportDeclaration[], name: string): { expression: string; binding: ts.Identifier } | undefined {
  for (const decl of imports) {
    const bindings = decl.importClause?.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) return { expression: `${bindings.name.text}.${name}`, binding: bindings.name }
    const element = bindings?.elements.find((e) => !e.isTypeOnly && (e.propertyName ?? e.name).text === name)
    if (element) return { expression: element.name.text, binding: element.name }
  }
  return undefined
}

function isRuntimeImport(stmt: ts.Statement): stmt is ts.ImportDeclaration {
  return (
    ts.isImportDeclaration(stmt) && !stmt.importClause?.isTypeOnly && ts.isStringLiteral(stmt.moduleSpecifier) && stmt.moduleSpecifier.text === RUNTIME_MODULE
  )
}

/** After the last import, in the file's quote and semicolon style. */
function newImport(sourceFile: ts.SourceFile, names: readonly string[]): ts.TextChange {
  const lastImport = sourceFile.statements.filter(ts.isImportDeclaration).pop()
  const quote = lastImport && lastImport.moduleSpecifier.getText(sourceFile).startsWith('"') ? '"' : "'"
  const semicolon = lastImport?.getText(sourceFile).endsWith(';') ? ';' : ''
  const text = `import { ${names.join(', ')} } from ${quote}${RUNTIME_MODULE}${quote}${semicolon}`
  const newLine = newLineOf(sourceFile)
  return lastImport
    ? { span: { start: lastImport.getEnd(), length: 0 }, newText: `${newLine}${text}` }
    : { span: { start: 0, length: 0 }, newText: `${text}${newLine}` }
}
