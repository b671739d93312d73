// Which modules an edit can change the output of, so that only those are transformed again: the
// dev server keeps the output it served of the others, a build the output of the build before
// (in this process or the cache's). A module's output is made from its text, the checker's view
// of it (the types it sees through its imports), and what the model says of the functions it
// links to (calls, directly or through values, thread starts, imports), by their exported names:
// never by position in their files. So a module is affected when the analysis extracted its facts
// again (its text changed, or what it sees of other files may have: the analysis's own
// incremental rules, analyzer.ts), when its own functions changed status, kind or boundaries,
// when it links to a module whose functions did, or when an error names it, before or after.

import type { AnalysisModel } from '../compiler/index.js'
import { calledFromOtherModules, threadsMigrate } from '../compiler/node.js'

/** What affectedModules reads of a model: plain data, kept in the cache with the build it describes. */
export interface ModelDigest {
  /** Module → the modules it depends on: imports, calls (direct or through values) and thread starts. */
  links: Record<string, string[]>
  /** Modules an error names (it blocks them), with their related places. */
  erroneous: string[]
  /** Module → its functions' names, kinds, statuses, boundaries and whether another module calls them in CPS, as one string. */
  functions: Record<string, string>
  /** Threads can move between event loops: every module's output lists live slots (compiler threadsMigrate). */
  migrating: boolean
}

/**
 * The modules (relative names) whose output may differ between the models: `revised`, the files
 * whose facts the analysis extracted in between (Analyzer.lastRevised, accumulated).
 */
export function affectedModules(before: ModelDigest, after: ModelDigest, revised: Iterable<string>): Set<string> {
  const changed = changedFunctions(before, after)
  if (before.migrating !== after.migrating) for (const file of [...Object.keys(before.functions), ...Object.keys(after.functions)]) changed.add(file)
  const affected = new Set([...revised, ...before.erroneous, ...after.erroneous, ...changed])
  for (const digest of [before, after]) {
    for (const [from, tos] of Object.entries(digest.links)) if (tos.some((to) => changed.has(to))) affected.add(from)
  }
  return affected
}

// Each model is compared twice, after the edit that made it and before the next one: its digest
// is kept with it.
const digests = new WeakMap<AnalysisModel, ModelDigest>()

export function digestOf(model: AnalysisModel): ModelDigest {
  let digest = digests.get(model)
  if (!digest)
    digests.set(
      model,
      (digest = { links: linksOf(model), erroneous: erroneous(model), functions: functionsByFile(model), migrating: threadsMigrate(model.functions) }),
    )
  return digest
}

function linksOf(model: AnalysisModel): Record<string, string[]> {
  const links = new Map<string, Set<string>>()
  const link = (from: string, to: string | undefined): void => {
    if (to !== undefined && to !== from) (links.get(from) ?? links.set(from, new Set()).get(from)!).add(to)
  }
  const fileOf = new Map(model.functions.map((f) => [f.id, f.file]))
  for (const m of model.modules) for (const imported of m.imports) link(m.file, imported)
  for (const call of model.calls) for (const to of call.to) link(call.file, fileOf.get(to))
  for (const thread of model.threads) for (const entry of thread.entries) link(thread.file, fileOf.get(entry))
  return Object.fromEntries([...links].map(([from, tos]) => [from, [...tos]]))
}

function erroneous(model: AnalysisModel): string[] {
  return model.diagnostics.filter((d) => d.severity === 'error').flatMap((d) => [d.file, ...d.related.map((r) => r.file)])
}

/** Modules whose functions changed other than in position (ids and spans move with any edit above them). */
function changedFunctions(before: ModelDigest, after: ModelDigest): Set<string> {
  const files = new Set([...Object.keys(before.functions), ...Object.keys(after.functions)])
  return new Set([...files].filter((file) => before.functions[file] !== after.functions[file]))
}

function functionsByFile(model: AnalysisModel): Record<string, string> {
  const byFile = new Map<string, string[]>()
  // a module exports a function's CPS helpers only while another module calls it so (compiler/transform/cross-module.ts)
  const called = calledFromOtherModules(model.functions)
  for (const f of model.functions) {
    const shape = JSON.stringify([f.name, f.kind, f.async, f.generator, f.multistate, f.inThread, f.boundaries.map((b) => b.callee), called.has(f.id)])
    ;(byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(shape)
  }
  return Object.fromEntries([...byFile].map(([file, lines]) => [file, lines.join('\n')]))
}
