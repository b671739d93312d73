// Diagnostics as bundler logs: `{ message, id, loc, frame }`, which Vite and Rollup print with the
// file:line:column and the code frame. Rollup's `loc.column` is 0-based; the model's is 1-based.

import path from 'node:path'
import { codeFrame, type Diagnostic } from '../compiler/index.js'

export interface BundlerLog {
  message: string
  id: string
  loc: { file: string; line: number; column: number }
  frame?: string
}

/** Reads the analysed text of a project file (relative name), for the code frame. */
export type SourceOf = (file: string) => string | undefined

export function logOf(d: Diagnostic, root: string, sourceOf: SourceOf): BundlerLog {
  const id = path.resolve(root, d.file)
  const log: BundlerLog = { message: `${d.code}: ${d.message}`, id, loc: { file: id, line: d.line, column: d.column - 1 } }
  const frame = frameOf(d, sourceOf)
  if (frame !== undefined) log.frame = frame
  return log
}

/**
 * One build error for every diagnostic: the bundler stops at the first error it is given, so the
 * first diagnostic carries the location and frame and the others follow in the message.
 */
export function errorOf(diagnostics: readonly Diagnostic[], root: string, sourceOf: SourceOf): BundlerLog {
  const [first, ...rest] = diagnostics
  if (!first) throw new Error('vtify: errorOf needs at least one diagnostic')
  const log = logOf(first, root, sourceOf)
  if (rest.length === 0) return log
  const others = rest.map((d) => {
    const frame = frameOf(d, sourceOf)
    return `${d.file}:${d.line}:${d.column} - ${d.code}: ${d.message}${frame === undefined ? '' : `\n${frame}`}`
  })
  return { ...log, message: `${log.message}\n\nand ${rest.length} more:\n\n${others.join('\n\n')}` }
}

function frameOf(d: Diagnostic, sourceOf: SourceOf): string | undefined {
  const source = sourceOf(d.file)
  return source === undefined ? undefined : codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined)
}
