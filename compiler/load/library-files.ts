// Parsed files of installed packages (TypeScript's lib files among them), shared by every project
// in the process — the Vite plugin in a monorepo, the tests — since parsing them is a large part
// of a cold analysis. A parse depends on the parse options as well as the text, so they are part
// of the key; a package re-installed while a dev server runs is noticed by its file's size and
// modification time: one stat per file and program, against a parse.

import fs from 'node:fs'
import ts from '#typescript'
import { isDeclarationFile } from './file-kinds.js'

interface LibraryFile {
  sourceFile: ts.SourceFile
  mtimeMs: number
  size: number
}

const parsed = new Map<string, LibraryFile>()

/**
 * The parse of an installed file, from the cache while the file is unchanged on disk.
 * `compilerOptions` are the program's: they decide whether a file without import or export is a
 * module (`setExternalModuleIndicator`, a function, so the options it is made from are keyed).
 */
export function libraryFile(
  fileName: string,
  options: ts.CreateSourceFileOptions,
  compilerOptions: ts.CompilerOptions,
  readFile: (fileName: string) => string | undefined,
): ts.SourceFile | undefined {
  const key = parseKey(fileName, options, compilerOptions)
  // Stat before reading: a write in between leaves a stale stamp, so the next call reads again.
  const stat = fs.statSync(fileName, { throwIfNoEntry: false })
  if (!stat) {
    parsed.delete(key)
    return undefined
  }
  const hit = parsed.get(key)
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.sourceFile
  const text = readFile(fileName)
  if (text === undefined) return undefined
  // No setParentNodes: the binder sets parents, and the analysis only walks bound files.
  const sourceFile = ts.createSourceFile(fileName, text, options)
  parsed.set(key, { sourceFile, mtimeMs: stat.mtimeMs, size: stat.size })
  return sourceFile
}

function parseKey(fileName: string, options: ts.CreateSourceFileOptions, compilerOptions: ts.CompilerOptions): string {
  const { languageVersion, impliedNodeFormat, jsDocParsingMode } = options
  // A declaration file is a module exactly when it has an import or export, whatever the options.
  const detection = isDeclarationFile(fileName) ? '' : `${compilerOptions.moduleDetection}/${compilerOptions.module}/${compilerOptions.jsx}`
  return `${fileName}\0${languageVersion}/${impliedNodeFormat}/${jsDocParsingMode}/${detection}`
}
