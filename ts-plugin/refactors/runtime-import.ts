// How a refactor names a vtify/runtime export in a file: through the file's existing import (under
// its alias, or its namespace), or by adding it to an import of vtify/runtime, or by a new import.

import ts from 'typescript'
import { RUNTIME_MODULE } from '../../compiler/index.js'
import { newLineOf } from './refactor.js'

export interface RuntimeReference {
  /** The expression to call, e.g. `VT_yield`, `y` (aliased) or `vt.VT_yield`. */
  expression: string
  /** The change that imports it, when the file does not yet. */
  importChange?: ts.TextChange
}

export function runtimeReference(sourceFile: ts.SourceFile, name: string): RuntimeReference {
  const { expressions, importChange } = runtimeReferences(sourceFile, [name])
  return importChange ? { expression: expressions[0]!, importChange } : { expression: expressions[0]! }
}

/** Several exports at once: one change imports all those the file does not import yet. */
export function runtimeReferences(sourceFile: ts.SourceFile, names: readonly string[]): { expressions: string[]; importChange?: ts.TextChange } {
  const imports = sourceFile.statements.filter(isRuntimeImport)
  const missing: string[] = []
  const expressions = names.map((name) => {
    const known = importedAs(imports, name)
    if (known === undefined) missing.push(name)
    return known ?? name
  })
  if (missing.length === 0) return { expressions }
  const named = imports.map((d) => d.importClause?.namedBindings).find((b) => b !== undefined && ts.isNamedImports(b))
  const last = named?.elements[named.elements.length - 1]
  const importChange = last ? { span: { start: last.getEnd(), length: 0 }, newText: `, ${missing.join(', ')}` } : newImport(sourceFile, missing)
  return { expressions, importChange }
}

/** How the file's imports of vtify/runtime name `name`: its alias, or through its namespace. */
function importedAs(imports: readonly ts.ImportDeclaration[], name: string): string | undefined {
  for (const decl of imports) {
    const bindings = decl.importClause?.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) return `${bindings.name.text}.${name}`
    const element = bindings?.elements.find((e) => !e.isTypeOnly && (e.propertyName ?? e.name).text === name)
    if (element) return element.name.text
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
