// From "every function of the package yields" to a program vtify accepts: compile, and for each
// error turn off the injections that made it (the one in the function the error is in, and every
// one its calls reach), until none is left. What remains are functions that really suspend, in
// a package's own call graph: recursion among them (VT1001), callbacks of built-ins (VT1002) and
// methods JavaScript calls itself (VT1004) were taken out, not worked around.

import fs from 'node:fs'
import path from 'node:path'
import { Project, blockingErrors, resolveInput, transformProgram, type AnalysisModel, type Diagnostic, type Span } from '../../../compiler/index.js'
import type { Injection } from './injection.js'

export interface Pruned {
  /** Module name → generated JavaScript. */
  outputs: ReadonlyMap<string, string>
  /** The functions multistate with the injections left on. */
  multistate: number
}

/** Write the modules (and `others`, as they are) to `dir`, then prune until the program compiles; outputs import `runtime`. */
export function prune(dir: string, modules: readonly Injection[], others: ReadonlyMap<string, string>, runtime: string): Pruned {
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  for (const m of modules) write(m.file, m.text())
  for (const [file, text] of others) write(file, text)
  const project = new Project(resolveInput(dir))
  for (;;) {
    const model = project.analyze()
    let errors = model.diagnostics.filter((d) => d.severity === 'error')
    if (errors.length === 0) {
      const result = transformProgram(project.getProgram(), model, { runtime })
      errors = blockingErrors(result)
      if (errors.length === 0) return { outputs: result.outputs, multistate: model.functions.filter((f) => f.multistate).length }
    }
    const changed = injectionsBehind(model, errors, modules)
    if (changed.size === 0) throw new Error(`pruning is stuck on:\n${errors.map((e) => `${e.code} ${e.file}:${e.line}:${e.column} ${e.message}`).join('\n')}`)
    for (const m of changed) {
      write(m.file, m.text())
      project.update(path.join(dir, m.file), m.text())
    }
  }
}

/** Turn off the injections behind the errors; returns the modules changed. */
function injectionsBehind(model: AnalysisModel, errors: readonly Diagnostic[], modules: readonly Injection[]): Set<Injection> {
  const byFile = new Map(modules.map((m) => [m.file, m]))
  // Offsets are the injected text's as compiled: find every site first, remove after.
  const off: [Injection, number][] = []
  const reached = new Set<string>()
  for (const at of errors.flatMap((e): Span[] => [e, ...e.related])) {
    const m = byFile.get(at.file)
    if (m === undefined) continue
    const site = m.siteAt(at.start)
    if (site >= 0) off.push([m, site])
    // In a site: what its own calls reach (not those of functions it only defines). Outside any
    // (module top level, a constructor, a getter): what the call there reaches.
    const [from, to] = site >= 0 ? m.extent(site) : [at.start, Math.max(at.end, at.start + 1)]
    for (const call of model.calls) {
      if (call.file === at.file && from <= call.start && call.start < to && m.siteAt(call.start) === site) for (const id of call.to) reached.add(id)
    }
  }
  const functions = new Map(model.functions.map((f) => [f.id, f]))
  for (const id of closure(model, reached)) {
    const fn = functions.get(id)
    const m = fn && byFile.get(fn.file)
    const call = fn?.boundaries.find((b) => b.kind === 'primitive' && b.primitive === 'VT_yield')
    if (m && call) off.push([m, m.siteOfCall(call.start)])
  }
  const changed = new Set<Injection>()
  for (const [m, site] of off) if (site >= 0 && m.remove(site)) changed.add(m)
  return changed
}

/** The functions reachable from `ids` by the model's call edges, `ids` included. */
function closure(model: AnalysisModel, ids: ReadonlySet<string>): Set<string> {
  const edges = new Map<string, string[]>()
  for (const call of model.calls) edges.set(call.from, [...(edges.get(call.from) ?? []), ...call.to])
  const seen = new Set(ids)
  const stack = [...ids]
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const next of edges.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next)
        stack.push(next)
      }
    }
  }
  return seen
}
