// The whole-program state behind the plugin when it compiles (no usable cache entry, or an edit):
// one Project, analysed once per ts.Program (the Project builds a new Program only after an edit),
// and what changed between two analyses. A build transforms every module at once, but keeps the
// output of the build before it (in this process, or the cache's) for modules an edit cannot
// change; the dev server (`lazy`) transforms a module when it is requested, and after an edit
// only those requested.

import path from 'node:path'
import type ts from 'typescript'
import {
  Project,
  blockingErrors,
  buildWarnings,
  isOwnFile,
  moduleOutputs,
  resolveInput,
  transformProgram,
  type AnalysisModel,
  type Diagnostic,
  type FileEntry,
  type ModuleOutput,
  type TransformOptions,
  type TransformResult,
} from '../compiler/index.js'
import { isProgramFile, mergeInputs, programInputs, saveCodeCache, type InputRecord } from '../compiler/node.js'
import { affectedModules, digestOf, type ModelDigest } from './affected.js'
import { Progress, type ProgressSink } from './progress.js'
import { summaryLine } from './summary.js'
import { ownFirst, relativeName, type BuildView, type Outcome } from './view.js'

interface Analysed {
  program: ts.Program
  model: AnalysisModel
  /** The model's modules (files relative to the root). */
  modules: Set<string>
  /** Every module transformed (a build). */
  full?: TransformResult
  /** Modules transformed one by one (the dev server), by module. */
  single: Map<string, TransformResult>
  /** The outputs of `previous` this program keeps (made on first use). */
  kept?: Map<string, ModuleOutput>
}

/** A build an edit starts from: what its model said of each module, and each module's output. */
export interface PreviousBuild {
  digest: ModelDigest
  outputs: ReadonlyMap<string, ModuleOutput>
}

/** A build of this project by an earlier process, as the cache kept it, and what changed since. */
export interface EarlierBuild {
  build: PreviousBuild
  /** Its analysis entries. */
  entries: readonly FileEntry[]
  /** The project files (absolute) whose content changed since: nothing else did. */
  changed: readonly string[]
  /** Its imported JSON files (relative). */
  json: readonly string[]
  /** What it was made from. */
  inputs: InputRecord
}

/** Told of every new whole-program result, with each module's output in it (the cache writes them down). */
export type ResultListener = (compilation: Compilation, result: TransformResult, outputs: ReadonlyMap<string, ModuleOutput>) => void

export interface CompilationOptions {
  transform: TransformOptions
  /** Transform modules when asked for, not all at once (the dev server). */
  lazy?: boolean
  onResult?: ResultListener
  /** Why the cache was not used, for the closing line. */
  cacheNote?: string
  /** Where progress lines go on long work. */
  progress?: ProgressSink
  /** A build of this project by an earlier process (the cache's, after an edit). */
  previous?: EarlierBuild
  /** Where `vtify build` writes: never a source, though it may lie in the project (resolveInput). */
  outDir?: string
}

export class Compilation implements BuildView {
  readonly project: Project
  private cached: Analysed | undefined
  private cacheNote: string
  /** Progress of the current analysis and transform (a new one after each edit). */
  private progress: Progress | undefined
  /** The last whole-program result, or the earlier process's: its unaffected modules' outputs are kept. */
  private previous: PreviousBuild | undefined
  /** Files whose facts were extracted since `previous` was made (relative names; Analyzer.lastRevised). */
  private readonly revised = new Set<string>()
  /** How many modules the last result kept from `previous`. */
  private keptModules = 0
  /** Files whose facts any analysis of this compilation extracted (a build after an edit may analyse a growing program several times). */
  private readonly extracted = new Set<string>()

  /** `target`: a tsconfig.json or a project directory, as `vtify analyze` takes. */
  constructor(
    target: string,
    private readonly options: CompilationOptions,
  ) {
    this.project = new Project(resolveInput(target, options.outDir))
    this.cacheNote = options.cacheNote ?? ''
    if (options.previous) {
      this.project.analyzer.seed(options.previous.entries, Object.keys(options.previous.inputs.files))
      this.previous = options.previous.build
      // The files changed since and what they import; each edit to come adds its file (Project.update).
      this.project.limitTo(options.previous.changed)
    }
  }

  /** Started from the cache's entry for the program as it is (nothing changed since it was written). */
  get heldByCache(): boolean {
    return this.options.previous?.changed.length === 0
  }

  get root(): string {
    return this.project.input.root
  }

  /** The roots, the modules that are not (a workspace package's sources), the tsconfig files. */
  get watched(): readonly string[] {
    const { rootNames, madeFrom } = this.project.input
    const modules = this.modules().map((module) => path.resolve(this.root, module))
    return [...new Set([...rootNames, ...modules]), ...Object.keys(madeFrom.configs)]
  }

  /** Every module's transform of the current program: once per Program. */
  result(): TransformResult {
    const analysed = this.holding()
    if (!analysed.full) {
      const kept = this.kept(analysed)
      const made = analysed.modules.size - kept.size
      if (made > 0) this.progress?.announce(`generating the state machines of ${made} modules…`)
      analysed.full = transformProgram(analysed.program, analysed.model, this.options.transform, kept)
      this.keptModules = kept.size
      this.previous = { digest: digestOf(analysed.model), outputs: moduleOutputs(analysed.full) }
      this.revised.clear()
      saveCodeCache()
      this.options.onResult?.(this, analysed.full, this.previous.outputs)
    }
    return analysed.full
  }

  /**
   * The analysis of a program that holds every module to transform — of those `wanted`, or all of
   * them: a program of part of the project (limitTo) is made larger when an edit changed modules
   * outside it.
   */
  private holding(wanted?: string): Analysed {
    for (;;) {
      const analysed = this.analysed()
      if (analysed.full || !this.project.partial) return analysed
      const kept = this.kept(analysed)
      const made = (wanted === undefined ? [...analysed.modules] : [wanted]).filter((module) => !kept.has(module))
      const outside = made.map((module) => path.resolve(this.root, module)).filter((file) => !analysed.program.getSourceFile(file))
      if (outside.length === 0 || !this.project.include(outside)) return analysed
    }
  }

  /** The previous build's outputs of the program's modules that the files revised since cannot affect. */
  private kept(analysed: Analysed): Map<string, ModuleOutput> {
    if (!analysed.kept) {
      const affected = this.previous && affectedModules(this.previous.digest, digestOf(analysed.model), this.revised)
      const outputs = [...(this.previous?.outputs ?? [])]
      analysed.kept = new Map(outputs.filter(([module]) => analysed.modules.has(module) && !affected?.has(module)))
    }
    return analysed.kept
  }

  model(): AnalysisModel {
    return this.analysed().model
  }

  modules(): string[] {
    return [...this.analysed().modules]
  }

  outcome(file: string): Outcome {
    const relative = relativeName(this.root, file)
    if (!this.analysed().modules.has(relative)) return { kind: 'outside' }
    const result = this.resultFor(relative)
    const code = result.outputs.get(relative)
    if (code !== undefined) return { kind: 'code', code, map: result.maps.get(relative)!, warnings: result.warnings.filter((d) => d.file === relative) }
    return { kind: 'failed', diagnostics: ownFirst(blockingErrors(result), relative) }
  }

  errors(): Diagnostic[] {
    return blockingErrors(this.result())
  }

  /** The dev server (lazy) transforms no module for this: the model's warnings, each module's come with its outcome. */
  warnings(): Diagnostic[] {
    return this.options.lazy ? this.model().diagnostics.filter((d) => d.severity === 'warning') : buildWarnings(this.result())
  }

  summary(): string {
    return this.cacheNote === '' ? summaryLine(this.result()) : `${summaryLine(this.result())} (${this.cacheNote}${this.fromCache()})`
  }

  /** What the first build took from the cache's entry made before an edit. */
  private fromCache(): string {
    if (!this.options.previous) return ''
    const { files } = this.project.analyzer.lastStats
    const extracted = this.extracted.size
    const modules = this.model().modules.length
    return `; from the cache: the facts of ${files - extracted} of ${files} files, the output of ${this.keptModules} of ${modules} modules`
  }

  /** A file changed on disk: re-read it and re-analyse. Returns the other files whose output changed. */
  update(file: string): string[] {
    // An HTML, CSS or asset edit cannot change the program: skip the re-analysis.
    if (!isProgramFile(file)) return []
    // Why the cache was not used concerns the first build only.
    this.cacheNote = ''
    const previous = this.analysed()
    const before = this.outputs()
    this.project.update(file)
    if (this.options.lazy) this.carryOver(previous, relativeName(this.root, file))
    // Compared: every module under a build; under the dev server, those it has served.
    const changed = [...before.keys()].filter((name) => before.get(name) !== this.outputOf(name))
    return changed.map((name) => path.resolve(this.root, name)).filter((abs) => abs !== file)
  }

  /**
   * Imported JSON (`resolveJsonModule`) of the project, a workspace package's among it, not of
   * packages as installed (load/own-files.ts): data, not code to transform.
   * A program of part of the project adds the earlier build's (one the edit stopped importing stays
   * listed: it is copied all the same).
   */
  jsonFiles(): string[] {
    const program = this.project.getProgram()
    const read = program
      .getSourceFiles()
      .filter((sf) => sf.fileName.endsWith('.json') && isOwnFile(program, sf))
      .map((sf) => relativeName(this.root, sf.fileName))
    return this.project.partial ? [...new Set([...(this.options.previous?.json ?? []), ...read])].sort() : read
  }

  sourceText(file: string): string | undefined {
    const abs = path.resolve(this.root, file)
    return this.project.getProgram().getSourceFile(abs)?.text ?? this.project.analyzer.textOf(abs)
  }

  /** What the build was made from, for the cache: what a program of part of the project did not read, the earlier build's record gives. */
  inputs(): InputRecord {
    const read = programInputs(this.project)
    const earlier = this.options.previous?.inputs
    return this.project.partial && earlier ? mergeInputs(earlier, read) : read
  }

  /** The dev server: served modules the edit cannot change keep their output (affected.ts). */
  private carryOver(previous: Analysed, edited: string): void {
    const next = this.analysed()
    const affected = affectedModules(digestOf(previous.model), digestOf(next.model), [edited, ...this.project.analyzer.lastRevised])
    for (const [module, result] of previous.single) if (!affected.has(module) && next.modules.has(module)) next.single.set(module, result)
  }

  /** The outputs so far: every module's, or (lazy) those of the modules transformed. */
  private outputs(): Map<string, string | undefined> {
    const { single, modules } = this.analysed()
    const names = this.options.lazy ? [...single.keys()] : [...modules]
    return new Map(names.map((name) => [name, this.outputOf(name)]))
  }

  private outputOf(module: string): string | undefined {
    return this.analysed().modules.has(module) ? this.resultFor(module).outputs.get(module) : undefined
  }

  /** A result holding the module's output or what blocks it. */
  private resultFor(module: string): TransformResult {
    if (!this.options.lazy) return this.result()
    const analysed = this.holding(module)
    if (analysed.full) return analysed.full
    let result = analysed.single.get(module)
    if (!result) {
      // The transform of one module reads the whole model but writes only the modules listed.
      const model = { ...analysed.model, modules: analysed.model.modules.filter((m) => m.file === module) }
      result = transformProgram(analysed.program, model, this.options.transform, this.kept(analysed))
      analysed.single.set(module, result)
    }
    return result
  }

  private analysed(): Analysed {
    if (this.cached?.program !== this.project.getProgram()) {
      const sink = this.options.progress
      const progress = sink && new Progress(sink)
      this.progress = progress
      this.project.analyzer.onProgress = progress && ((done, total) => progress.report(done, total, 'files analysed'))
      const model = this.project.analyze()
      // The program the model is of: analysing a program of part of the project makes it larger
      // when files it did not hold must be extracted again (Project.analyze).
      const program = this.project.getProgram()
      for (const file of this.project.analyzer.lastRevised) {
        this.revised.add(file)
        this.extracted.add(file)
      }
      // A build saves TypeScript's code cache after its first result, the dev server (which may
      // never make one) after its first analysis.
      if (this.options.lazy) saveCodeCache()
      // A program that only grew (Project.include) has the same model: what was made of it holds.
      const same = this.cached?.model === model ? this.cached : undefined
      this.cached = { program, model, modules: new Set(model.modules.map((m) => m.file)), single: same?.single ?? new Map(), kept: same?.kept }
    }
    return this.cached
  }
}
