// Imports named by a bare specifier that leads to a module of the program — a workspace package's
// source linked through node_modules (load/own-files.ts), a tsconfig `paths` alias — as
// `vtify build` must write them: Node would follow the specifier to the TypeScript source, where
// the package's package.json points, not to the output vtify build wrote beside the importer's
// (the outputs mirror the sources). Each such import names its module's output relative to the
// importer. Bundlers resolve specifiers themselves and get the imports as written.

import path from 'node:path'
import ts from '#typescript'
import { isInstalledFile } from '../load/file-kinds.js'
import { isRuntimeSpecifier } from '../extract/runtime-module.js'
import { outputName } from './output-names.js'

/** The module's specifiers that need their output's: written → output, and the edits that write them. */
export interface OutputSpecifiers {
  byText: ReadonlyMap<string, string>
  edits: readonly { start: number; end: number; code: string }[]
}

export const NO_OUTPUT_SPECIFIERS: OutputSpecifiers = { byText: new Map(), edits: [] }

export function outputSpecifiers(sf: ts.SourceFile, checker: ts.TypeChecker): OutputSpecifiers {
  const byText = new Map<string, string>()
  const edits: { start: number; end: number; code: string }[] = []
  for (const literal of moduleSpecifiers(sf)) {
    const target = isBare(literal.text) ? moduleFileOf(literal, checker) : undefined
    if (!target || target.isDeclarationFile || isInstalledFile(target.fileName)) continue
    const output = relativeOutput(sf.fileName, target.fileName)
    byText.set(literal.text, output)
    edits.push({ start: literal.getStart(sf), end: literal.getEnd(), code: JSON.stringify(output) })
  }
  return { byText, edits }
}

/** The module specifiers of the module's import and export declarations, and of its `import('…')` calls. */
function moduleSpecifiers(sf: ts.SourceFile): ts.StringLiteral[] {
  const found: ts.StringLiteral[] = []
  const visit = (node: ts.Node): void => {
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : undefined
    if (specifier && ts.isStringLiteral(specifier)) found.push(specifier)
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

/** A package name or alias, not a path; vtify/runtime is imported as it is. */
function isBare(specifier: string): boolean {
  return !specifier.startsWith('.') && !path.isAbsolute(specifier) && !specifier.includes(':') && !isRuntimeSpecifier(specifier)
}

function moduleFileOf(literal: ts.StringLiteral, checker: ts.TypeChecker): ts.SourceFile | undefined {
  const declaration = checker.getSymbolAtLocation(literal)?.valueDeclaration
  return declaration && ts.isSourceFile(declaration) ? declaration : undefined
}

/** `./x.js`, `../../lib/src/index.js`: the output of `target` as seen from the output of `importer`. */
function relativeOutput(importer: string, target: string): string {
  const relative = path.relative(path.dirname(importer), outputName(target)).split(path.sep).join('/')
  return relative.startsWith('../') ? relative : `./${relative}`
}
