// The one line the dev server prints when an edit to one file makes vtify recompile others and the
// page reloads: which functions changed multistate status, in which file, and what was recompiled.

import path from 'node:path'
import type { AnalysisModel } from '../compiler/index.js'

/**
 * `vtify: page reload: step (src/step.ts) became multistate, which changes src/worker.ts`.
 * `edited` and `recompiled` are absolute file names; functions are matched by file and name (ids
 * are opaque between analyses).
 */
export function reloadReason(before: AnalysisModel, after: AnalysisModel, edited: string, recompiled: readonly string[]): string {
  const was = new Map(before.functions.map((f) => [`${f.file}\0${f.name}`, f.multistate]))
  const changed = after.functions.filter((f) => (was.get(`${f.file}\0${f.name}`) ?? false) !== f.multistate)
  // The edited file's functions are the cause; their callers elsewhere follow from them.
  const editedFile = relative(after.root, edited)
  const causes = changed.some((f) => f.file === editedFile) ? changed.filter((f) => f.file === editedFile) : changed
  const named = causes.slice(0, MAX_NAMED).map((f) => `${f.name} (${f.file}) became ${f.multistate ? 'multistate' : 'single-state'}`)
  if (causes.length > MAX_NAMED) named.push(`${causes.length - MAX_NAMED} more changed status`)
  const why = named.length > 0 ? named.join(', ') : `the edit to ${editedFile} changed what it compiles to`
  return `vtify: page reload: ${why}, which changes ${recompiled.map((file) => relative(after.root, file)).join(', ')}`
}

/** Functions named in the line; the rest are counted. */
const MAX_NAMED = 3

function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}
