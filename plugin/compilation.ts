// The whole-program state behind the plugin when it compiles (no usable cache entry, or an edit):
// one Project, its transform cached per ts.Program (the Project builds a new Program only after an
// edit), and what changed between two analyses.

import path from 'node:path'
import type ts from 'typescript'
import { Project, blockingErrors, resolveInput, transformProject, type AnalysisModel, type Diagnostic, type TransformOptions, type TransformResult } from '../compiler/index.js'
import { summaryLine } from './summary.js'
import { ownFirst, relativeName, type BuildView, type Outcome } from './view.js'

/** The files TypeScript may read as part of the program (sources, declarations, JSON). */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|json)$/

interface Analysed {
  program: ts.Program
  result: TransformResult
  /** The model's modules (files relative to the root). */
  modules: Set<string>
}

/** Told of every new result (the cache writes it down). */
export type ResultListener = (compilation: Compilation, result: TransformResult) => void

export class Compilation implements BuildView {
  readonly project: Project
  private cached: Analysed | undefined

  /**
   * `target`: a tsconfig.json or a project directory, as `vtify analyze` takes.
   * `options`: how modules are transformed (Vite strips types itself: `keepTypes`).
   * `cacheNote`: why the cache was not used, for the closing line.
   */
  constructor(
    target: string,
    private readonly options: TransformOptions = {},
    private readonly onResult: ResultListener = () => {},
    private cacheNote = '',
  ) {
    this.project = new Project(resolveInput(target))
  }

  get root(): string {
    return this.project.input.root
  }

  get rootNames(): readonly string[] {
    return this.project.input.rootNames
  }

  /** The transform of the current program: analysed once per Program. */
  result(): TransformResult {
    return this.analysed().result
  }

  model(): AnalysisModel {
    return this.result().model
  }

  modules(): string[] {
    return [...this.analysed().modules]
  }

  outcome(file: string): Outcome {
    const { result, modules } = this.analysed()
    const relative = relativeName(this.root, file)
    if (!modules.has(relative)) return { kind: 'outside' }
    const code = result.outputs.get(relative)
    if (code !== undefined) return { kind: 'code', code, map: result.maps.get(relative)! }
    return { kind: 'failed', diagnostics: ownFirst(blockingErrors(result), relative) }
  }

  errors(): Diagnostic[] {
    return blockingErrors(this.result())
  }

  warnings(): Diagnostic[] {
    return this.model().diagnostics.filter((d) => d.severity === 'warning')
  }

  summary(): string {
    return this.cacheNote === '' ? summaryLine(this.result()) : `${summaryLine(this.result())} (${this.cacheNote})`
  }

  /** A file changed on disk: re-read it and re-analyse. Returns the other files whose output changed. */
  update(file: string): string[] {
    // An HTML, CSS or asset edit cannot change the program: skip the re-analysis.
    if (!SOURCE_FILE.test(file)) return []
    // Why the cache was not used concerns the first build only.
    this.cacheNote = ''
    const before = this.result().outputs
    this.project.update(file)
    const after = this.result().outputs
    const names = new Set([...before.keys(), ...after.keys()])
    const changed = [...names].filter((name) => before.get(name) !== after.get(name))
    return changed.map((name) => path.resolve(this.root, name)).filter((abs) => abs !== file)
  }

  /** Imported JSON (`resolveJsonModule`) of the project, not of packages: data, not code to transform. */
  jsonFiles(): string[] {
    const program = this.project.getProgram()
    return program
      .getSourceFiles()
      .filter((sf) => sf.fileName.endsWith('.json') && !program.isSourceFileFromExternalLibrary(sf))
      .map((sf) => relativeName(this.root, sf.fileName))
      .filter((file) => !file.startsWith('..'))
  }

  sourceText(file: string): string | undefined {
    return this.project.getProgram().getSourceFile(path.resolve(this.root, file))?.text
  }

  private analysed(): Analysed {
    const program = this.project.getProgram()
    if (this.cached?.program !== program) {
      const result = transformProject(this.project, this.options)
      this.cached = { program, result, modules: new Set(result.model.modules.map((m) => m.file)) }
      this.onResult(this, result)
    }
    return this.cached
  }
}
