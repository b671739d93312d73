// Which modules an edit can change the output of, from the models before and after it, so that
// the dev server transforms again only those (the others keep the output it served). On purpose
// generous: a module is kept only when nothing links it to the edited file — no chain of imports,
// calls (direct or through values) or thread starts in either model leads there, no error names
// it, and its own functions kept their status, kind and boundaries.

import type { AnalysisModel } from '../compiler/index.js'

/** The modules (relative names) whose output may differ after `edited` changed. */
export function affectedModules(before: AnalysisModel, after: AnalysisModel, edited: string): Set<string> {
  const reaches = new Map<string, Set<string>>()
  for (const model of [before, after]) for (const [from, tos] of linksOf(model)) for (const to of tos) link(reaches, from, to)
  const affected = new Set([edited, ...erroneous(before), ...erroneous(after), ...changedFunctions(before, after)])
  // Every module from which a chain of links leads to an affected one.
  const reachedBy = reverse(reaches)
  const queue = [...affected]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const from of reachedBy.get(file) ?? []) {
      if (!affected.has(from)) queue.push(from)
      affected.add(from)
    }
  }
  return affected
}

// Each model is compared twice, after the edit that made it and before the next one: what is
// read of it is kept with it.
const links = new WeakMap<AnalysisModel, Map<string, Set<string>>>()
const shapes = new WeakMap<AnalysisModel, Map<string, string>>()

function remembered<T>(memo: WeakMap<AnalysisModel, T>, model: AnalysisModel, compute: (model: AnalysisModel) => T): T {
  let value = memo.get(model)
  if (value === undefined) memo.set(model, (value = compute(model)))
  return value
}

function link(reaches: Map<string, Set<string>>, from: string, to: string | undefined): void {
  if (to !== undefined && to !== from) (reaches.get(from) ?? reaches.set(from, new Set()).get(from)!).add(to)
}

/** `from` depends on `to`: imports, calls (direct or through values) and thread starts. */
function linksOf(model: AnalysisModel): Map<string, Set<string>> {
  return remembered(links, model, () => {
    const reaches = new Map<string, Set<string>>()
    const fileOf = new Map(model.functions.map((f) => [f.id, f.file]))
    for (const m of model.modules) for (const imported of m.imports) link(reaches, m.file, imported)
    for (const call of model.calls) for (const to of call.to) link(reaches, call.file, fileOf.get(to))
    for (const thread of model.threads) for (const entry of thread.entries) link(reaches, thread.file, fileOf.get(entry))
    return reaches
  })
}

function reverse(links: Map<string, Set<string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const [from, tos] of links) for (const to of tos) (out.get(to) ?? out.set(to, new Set()).get(to)!).add(from)
  return out
}

/** Modules an error names (it blocks them), with their related places. */
function erroneous(model: AnalysisModel): string[] {
  return model.diagnostics.filter((d) => d.severity === 'error').flatMap((d) => [d.file, ...d.related.map((r) => r.file)])
}

/** Modules whose functions changed other than in position (ids and spans move with any edit above them). */
function changedFunctions(before: AnalysisModel, after: AnalysisModel): string[] {
  const a = functionsByFile(before)
  const b = functionsByFile(after)
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file))
}

function functionsByFile(model: AnalysisModel): Map<string, string> {
  return remembered(shapes, model, () => {
    const byFile = new Map<string, string[]>()
    for (const f of model.functions) {
      const shape = JSON.stringify([f.name, f.kind, f.async, f.generator, f.multistate, f.inThread, f.boundaries.map((b) => b.callee)])
      ;(byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(shape)
    }
    return new Map([...byFile].map(([file, lines]) => [file, lines.join('\n')]))
  })
}
