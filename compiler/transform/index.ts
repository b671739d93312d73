// The vtify transform (issue 4): every module of an analysed program to JavaScript, with each
// multistate function turned into a state machine in the runtime's continuation protocol.
// The analysis model says which functions are multistate and where their boundaries are.

import path from 'node:path'
import type ts from 'typescript'
import type { AnalysisModel, Diagnostic, FunctionLayout } from '../model.js'
import { completeContinuations } from './describe-layout.js'
import type { Project } from '../project.js'
import { transformModule, type ModuleOutput as ModuleTransform, type TransformOptions } from './module.js'
import type { SourceMap } from './source-map.js'

export type { TransformOptions } from './module.js'
export type { SourceMap } from './source-map.js'

export interface TransformResult {
  /** The analysis model the transform read, as it was. */
  model: AnalysisModel
  /** The state machines and continuation layouts of the modules transformed. */
  layouts: FunctionLayout[]
  /**
   * JavaScript per module (file relative to the model's root), for modules without diagnostics:
   * an error blocks the modules it names (its file and its related locations: every module of a
   * recursion cycle), not the rest of the program, which a bundle may not even import.
   */
  outputs: Map<string, string>
  /**
   * The source map of each output, to its original TypeScript: `sources` names the file by its
   * base name, as seen from a map beside the output in the same relative directory.
   */
  maps: Map<string, SourceMap>
  /** The transform's own errors (VT2xxx, VT3001, VT3003); `blockingErrors` adds the model's errors to them. */
  diagnostics: Diagnostic[]
  /** The transform's own warnings (VT3002), kept modules' included: their modules are output all the same. */
  warnings: Diagnostic[]
}

/** Everything that kept modules from being output: the model's errors, then the transform's own. */
export function blockingErrors(result: TransformResult): Diagnostic[] {
  return [...modelErrors(result.model), ...result.diagnostics]
}

/** Everything to say that keeps nothing from being output: the model's warnings, then the transform's own. */
export function buildWarnings(result: TransformResult): Diagnostic[] {
  return [...result.model.diagnostics.filter((d) => d.severity === 'warning'), ...result.warnings]
}

function modelErrors(model: AnalysisModel): Diagnostic[] {
  return model.diagnostics.filter((d) => d.severity === 'error')
}

/** The modules an error of the model names (its file and its related places): the transform leaves them alone. */
function blockedModules(model: AnalysisModel): Set<string> {
  return new Set(modelErrors(model).flatMap((d) => [d.file, ...d.related.map((r) => r.file)]))
}

/**
 * The transform's own errors and warnings about one module (VT2xxx, VT3xxx), its code not made —
 * for the editor, which shows them beside the model's. None for a module the model's errors
 * block: a build does not transform it either.
 */
export function transformDiagnosticsOf(program: ts.Program, model: AnalysisModel, file: string, layouts = moduleLayouts(program, model)): Diagnostic[] {
  const out = blockedModules(model).has(file) ? undefined : layouts(file)
  return out ? [...out.diagnostics, ...out.warnings] : []
}

/** A module's transform for its layouts and diagnostics (no code), or undefined for a file the program lacks. */
export type ModuleLayouts = (file: string) => ModuleTransform | undefined

/**
 * Each module's transform made once for `program`: the editor asks for a file's diagnostics
 * and for its functions' layouts (and those of the modules they call), each of which transformed
 * the module again.
 */
export function moduleLayouts(program: ts.Program, model: AnalysisModel): ModuleLayouts {
  const checker = program.getTypeChecker()
  const made = new Map<string, ModuleTransform | undefined>()
  return (file) => {
    if (!made.has(file)) {
      const sf = program.getSourceFile(path.resolve(model.root, file))
      made.set(file, sf && transformModule(sf, checker, file, model.functions, { layoutsOnly: true }))
    }
    return made.get(file)
  }
}

export function transformProject(project: Project, options: TransformOptions = {}): TransformResult {
  const model = project.analyze()
  const program = project.getProgram()
  return transformProgram(program, model, options)
}

/** One module's part of a TransformResult, as an earlier transform gave it. */
export interface ModuleOutput {
  code: string
  map: SourceMap
  /** Its functions' layouts (their continuations are completed again with the other modules'). */
  layouts: FunctionLayout[]
  /** The transform's warnings about it: a module kept from an earlier transform still has them. */
  warnings: Diagnostic[]
}

/** Each module's output in `result`, by module (those with no output are left out). */
export function moduleOutputs(result: TransformResult): Map<string, ModuleOutput> {
  const layouts = new Map<string, FunctionLayout[]>()
  for (const layout of result.layouts) (layouts.get(layout.file) ?? layouts.set(layout.file, []).get(layout.file)!).push(layout)
  const out = new Map<string, ModuleOutput>()
  for (const [file, code] of result.outputs) {
    const map = result.maps.get(file)
    const warnings = result.warnings.filter((d) => d.file === file)
    if (map !== undefined) out.set(file, { code, map, layouts: layouts.get(file) ?? [], warnings })
  }
  return out
}

/**
 * Transforms the model's modules. `kept`: outputs of an earlier transform for modules the caller
 * knows an edit cannot change (the plugin's affected.ts), used as they are; the result is then
 * the one a transform of every module gives.
 */
export function transformProgram(
  program: ts.Program,
  model: AnalysisModel,
  options: TransformOptions = {},
  kept: ReadonlyMap<string, ModuleOutput> = new Map(),
): TransformResult {
  const checker = program.getTypeChecker()
  const outputs = new Map<string, string>()
  const maps = new Map<string, SourceMap>()
  const diagnostics: Diagnostic[] = []
  const warnings: Diagnostic[] = []
  const blocked = blockedModules(model)
  const layouts: FunctionLayout[] = []
  for (const { file } of model.modules) {
    if (blocked.has(file)) continue
    const earlier = kept.get(file)
    if (earlier) {
      outputs.set(file, earlier.code)
      maps.set(file, earlier.map)
      // Copies: completing the continuations below must not change the earlier result's layouts.
      layouts.push(...earlier.layouts.map((layout) => ({ ...layout })))
      warnings.push(...earlier.warnings)
      continue
    }
    const sf = program.getSourceFile(path.resolve(model.root, file))
    // Never a module left out without a word: its importers would bundle without it.
    if (!sf) throw new Error(`vtify: internal error: ${file} is a module of the analysis but not of the program it is transformed with`)
    const out = transformModule(sf, checker, file, model.functions, options, program.getCompilerOptions())
    diagnostics.push(...out.diagnostics)
    warnings.push(...out.warnings)
    layouts.push(...out.layouts)
    if (out.code !== undefined) outputs.set(file, out.code)
    if (out.map !== undefined) maps.set(file, out.map)
  }
  completeContinuations(layouts)
  return { model, layouts, outputs, maps, diagnostics, warnings }
}

/**
 * The layouts of the multistate functions of `files` and of every function they call in CPS,
 * continuations completed — for the editor, which needs a few modules' layouts, not the
 * program's code. Modules the transform rejects have none.
 */
export function layoutsOf(program: ts.Program, model: AnalysisModel, files: readonly string[], modules = moduleLayouts(program, model)): FunctionLayout[] {
  const fileOf = new Map(model.functions.map((f) => [f.id, f.file]))
  const done = new Set<string>()
  const layouts: FunctionLayout[] = []
  const pending = [...files]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const out = done.has(file) ? undefined : modules(file)
    done.add(file)
    if (!out) continue
    // Shared with other calls (moduleLayouts): the continuation completeContinuations gives a
    // layout depends only on the functions it calls, which every call that includes it walks too.
    layouts.push(...out.layouts)
    for (const id of out.layouts.flatMap((l) => l.cpsCalls)) pending.push(fileOf.get(id) ?? '')
  }
  completeContinuations(layouts)
  return layouts
}
