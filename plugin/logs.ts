// Diagnostics as bundler logs: `{ message, id, loc, frame }`, which Vite and Rollup print with the
// file:line:column and the code frame.
//
// Columns: Rollup's `loc.column` is 0-based and Rollup prints it as `(line:column)`. Vite 8 prints
// `file:line:column`, the form editors open, and its own errors give the 1-based column there; so
// under Vite the column is the model's 1-based one, the column `vtify analyze` prints.
//
// What follows the message: rolldown prints a plugin error as its header, message, frame and then
// the error's `stack` — the stack of the plugin hook that threw, which says nothing about the
// program. The log carries an empty `stack`, so the frame is the last thing printed for it.

import path from 'node:path'
import type { Diagnostic } from '../compiler/index.js'
import { codeFrame } from '../compiler/node.js'

export interface BundlerLog {
  message: string
  id: string
  loc?: { file: string; line: number; column: number }
  frame?: string
  /** Empty: no stack of the plugin's own code after the message (see above). */
  stack?: string
}

/** Reads the analysed text of a project file (relative name), for the code frame. */
export type SourceOf = (file: string) => string | undefined

/** Where logs are printed from, and how. */
export interface LogTarget {
  /** The project root the model's file names are relative to. */
  root: string
  sourceOf: SourceOf
  /** Vite: 1-based columns (see above); Rollup: 0-based. */
  vite: boolean
}

export function logOf(d: Diagnostic, target: LogTarget): BundlerLog {
  const id = path.resolve(target.root, d.file)
  const log: BundlerLog = { message: `${d.code}: ${d.message}`, id, loc: { file: id, line: d.line, column: target.vite ? d.column : d.column - 1 } }
  const frame = frameOf(d, target.sourceOf)
  if (frame !== undefined) log.frame = frame
  return log
}

/**
 * One build error for every diagnostic that blocks `module` (an absolute file name): the bundler
 * stops at the first error it is given, so the first diagnostic carries the location and frame and
 * the others follow in the message. Under Vite, the header names the module being transformed
 * whatever `loc.file` says (Rollup prints `loc.file`): there a diagnostic in another file gives its
 * place in the message and no `loc`, so that no line of one file is printed after the name of another.
 */
export function errorOf(diagnostics: readonly Diagnostic[], module: string, target: LogTarget): BundlerLog {
  const [first, ...rest] = diagnostics
  if (!first) throw new Error('vtify: errorOf needs at least one diagnostic')
  const own = logOf(first, target)
  const log: BundlerLog = target.vite && own.id !== module ? elsewhere(first, own, module, target.root) : { ...own, stack: '' }
  if (rest.length === 0) return log
  const others = rest.map((d) => {
    const frame = frameOf(d, target.sourceOf)
    return `${d.file}:${d.line}:${d.column} - ${d.code}: ${d.message}${frame === undefined ? '' : `\n${frame}`}`
  })
  return { ...log, message: `${log.message}\n\nand ${rest.length} more:\n\n${others.join('\n\n')}` }
}

/** The error of `module` for a diagnostic in another file: where it is, then what. */
function elsewhere(d: Diagnostic, log: BundlerLog, module: string, root: string): BundlerLog {
  const through = path.relative(root, module).split(path.sep).join('/')
  const message = `${d.file}:${d.line}:${d.column} - ${log.message} (it involves ${through}, which is therefore not compiled)`
  return { message, id: module, ...(log.frame === undefined ? {} : { frame: log.frame }), stack: '' }
}

function frameOf(d: Diagnostic, sourceOf: SourceOf): string | undefined {
  const source = sourceOf(d.file)
  return source === undefined ? undefined : codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined)
}
