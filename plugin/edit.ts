// What an edit changed: the other modules whose output is no longer what the bundler was given.

import path from 'node:path'
import type { Compilation } from './compilation.js'
import { fileOf } from './options.js'
import { reloadReason } from './reload-reason.js'
import type { BuildSession } from './session.js'

export interface EditOutcome {
  /** Absolute names of the other files whose output changed. */
  changed: string[]
  /** Why, in one line, when the compiler can say (it knew the program before the edit). */
  reason?: string
}

/**
 * `emitted`: the code each module id was last given. With a live compilation the edit is
 * incremental; after a build read from the cache the compiler, loaded now, reads the program as
 * edited, and the changed modules are those it no longer compiles to the code they were given.
 */
export async function editOutcome(session: BuildSession, edited: string, emitted: ReadonlyMap<string, string>): Promise<EditOutcome> {
  if (!session.compiling) return { changed: changedFrom(await session.live(), edited, emitted) }
  return editCompilation(await session.live(), edited, emitted)
}

/** An edit to a compilation that knew the program before it. */
export function editCompilation(compilation: Compilation, edited: string, emitted: ReadonlyMap<string, string>): EditOutcome {
  const before = compilation.model()
  compilation.update(edited)
  const changed = changedFrom(compilation, edited, emitted)
  return changed.length === 0 ? { changed } : { changed, reason: reloadReason(before, compilation.model(), edited, changed) }
}

/** The other modules given code that the compilation no longer compiles them to. */
function changedFrom(compilation: Compilation, edited: string, emitted: ReadonlyMap<string, string>): string[] {
  const changed = new Set<string>()
  for (const [id, code] of emitted) {
    const file = path.resolve(fileOf(id))
    const outcome = compilation.outcome(file)
    if (file !== edited && (outcome.kind !== 'code' || outcome.code !== code)) changed.add(file)
  }
  return [...changed]
}
