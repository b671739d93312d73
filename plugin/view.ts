// What the hooks ask of a build: a module's output or what blocks it, the program's warnings and
// errors, the closing line. Answered either by a live compilation (compilation.ts, which loads
// TypeScript) or by a build read back from the cache (cached.ts, which does not).

import path from 'node:path'
import type { Diagnostic, SourceMap } from '../compiler/index.js'

/** What the plugin does with one module id. */
/** A module's code comes with the transform's warnings about it (the dev server shows them as it serves the module). */
export type Outcome =
  { kind: 'outside' } | { kind: 'code'; code: string; map: SourceMap; warnings: Diagnostic[] } | { kind: 'failed'; diagnostics: Diagnostic[] }

export interface BuildView {
  /** The project root the model's file names are relative to. */
  readonly root: string
  /**
   * What a bundler's watch mode watches: the program's files (every one can change another
   * module's output: its roots, and modules that are not roots, a workspace package's sources) and
   * its tsconfig files (their options change every module's).
   */
  readonly watched: readonly string[]
  /** The model's modules, relative to the root (those with errors have no output). */
  modules(): string[]
  /** The output for an absolute file name, its diagnostics, or 'outside' when not a project module. */
  outcome(file: string): Outcome
  /** Every error that kept a module from being output (the model's, then the transform's). */
  errors(): Diagnostic[]
  /** Every warning of the program: the model's, then the transform's (a build's; the dev server's outcomes carry their module's). */
  warnings(): Diagnostic[]
  /** The closing line (summary.ts), with where the build came from. */
  summary(): string
  /** The project's JSON files the program imports (relative names): copied beside the output by `vtify build`. */
  jsonFiles(): string[]
  /** The text of a project file (relative name) the diagnostics' lines refer to. */
  sourceText(file: string): string | undefined
}

/** The file's own diagnostics first: that error is the one the bundler shows with a frame. */
export function ownFirst(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return [...diagnostics.filter((d) => d.file === file), ...diagnostics.filter((d) => d.file !== file)]
}

/** A project file's name relative to the root, with forward slashes (the model's form). */
export function relativeName(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

/** Whether an absolute file name is one of the build's modules (no module is transformed to say). */
export function isModuleOf(view: BuildView, file: string): boolean {
  return view.modules().includes(relativeName(view.root, file))
}

/** The files `vtify build` writes outputs or copies for (its modules and imported JSON), as absolute names. */
export function sourcesOf(view: BuildView): string[] {
  return [...view.modules(), ...view.jsonFiles()].map((file) => path.resolve(view.root, file))
}
