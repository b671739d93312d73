// Which files of a ts.Program are the project's own: the sources vtify analyses and compiles, and
// the JSON they import. One rule for every front end — the Analyzer reads it for our own programs
// (`vtify build`, `vtify analyze`, the plugin) and for tsserver's and typescript-eslint's, and
// `vtify build` copies the JSON it names.

import path from 'node:path'
import type ts from '#typescript'
import { findRuntimeFiles } from '../extract/runtime-module.js'
import { isInstalledFile } from './file-kinds.js'
import { isUnder } from './paths.js'

/**
 * Whether a file of the program is the project's, not a library's. TypeScript marks every file it
 * found by looking in `node_modules` as an external library's — also a workspace package's source
 * (npm, pnpm or yarn workspaces) that a symlink in `node_modules` leads to. It names that file by
 * its real path (unless `preserveSymlinks`), outside every `node_modules`: source of the project, as
 * Vite treats it (it runs the plugins on it and does not pre-bundle it). Left out, its functions
 * were never multistate and the app's threads failed where they called them. A file whose real
 * path lies in `node_modules` is a package as published, and stays external.
 */
export function isOwnFile(program: ts.Program, sf: ts.SourceFile): boolean {
  if (program.isSourceFileDefaultLibrary(sf)) return false
  return !program.isSourceFileFromExternalLibrary(sf) || !isInstalledFile(sf.fileName)
}

/**
 * The program's own code (isOwnFile): not declaration files, which a package ships for its built
 * JavaScript and which stay external, nor imported JSON (`resolveJsonModule`), which holds no
 * code; and not vtify's runtime, which generated code imports. `runtimeFiles`: what
 * `vtify/runtime` resolves to in the program.
 */
export function ownSources(program: ts.Program): { files: ts.SourceFile[]; runtimeFiles: Set<string> } {
  const code = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.endsWith('.json') && isOwnFile(program, sf))
  const runtimeFiles = findRuntimeFiles(program, code)
  // The runtime's source beside the file `vtify/runtime` resolves to: vtify run from its checkout
  // reads it there when the project has no vtify installed (load/host.ts), outside node_modules.
  const runtimeDirs = [...runtimeFiles].map((file) => path.dirname(file))
  const isRuntime = (sf: ts.SourceFile): boolean =>
    runtimeFiles.has(sf.fileName) || (program.isSourceFileFromExternalLibrary(sf) && runtimeDirs.some((dir) => isUnder(sf.fileName, dir)))
  return { files: code.filter((sf) => !isRuntime(sf)), runtimeFiles }
}
