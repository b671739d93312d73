// The whole-program state behind the plugin: one Project, its transform cached per ts.Program
// (the Project builds a new Program only after an edit), and what changed between two analyses.

import path from 'node:path'
import type ts from 'typescript'
import { Project, blockingErrors, resolveInput, transformProject, type Diagnostic, type SourceMap, type TransformOptions, type TransformResult } from '../compiler/index.js'

/** The files TypeScript may read as part of the program (sources, declarations, JSON). */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|json)$/

/** What the plugin does with one module id. */
export type Outcome =
  | { kind: 'outside' }
  | { kind: 'code'; code: string; map: SourceMap }
  | { kind: 'failed'; diagnostics: Diagnostic[] }

interface Analysed {
  program: ts.Program
  result: TransformResult
  /** The model's modules (files relative to the root). */
  modules: Set<string>
}

export class Compilation {
  readonly project: Project
  private cached: Analysed | undefined

  /** `target`: a tsconfig.json or a project directory, as `vtify analyze` takes. */
  /** `options`: how modules are transformed (Vite strips types itself: `keepTypes`). */
  constructor(
    target: string,
    private readonly options: TransformOptions = {},
  ) {
    this.project = new Project(resolveInput(target))
  }

  get root(): string {
    return this.project.input.root
  }

  /** The transform of the current program: analysed once per Program. */
  result(): TransformResult {
    return this.analysed().result
  }

  /** The output for an absolute file name, its diagnostics, or 'outside' when not a project module. */
  outcome(file: string): Outcome {
    const { result, modules } = this.analysed()
    const relative = this.relative(file)
    if (!modules.has(relative)) return { kind: 'outside' }
    const code = result.outputs.get(relative)
    if (code !== undefined) return { kind: 'code', code, map: result.maps.get(relative)! }
    return { kind: 'failed', diagnostics: ownFirst(blockingErrors(result), relative) }
  }

  /** A file changed on disk: re-read it and re-analyse. Returns the other files whose output changed. */
  update(file: string): string[] {
    // An HTML, CSS or asset edit cannot change the program: skip the re-analysis.
    if (!SOURCE_FILE.test(file)) return []
    const before = this.result().outputs
    this.project.update(file)
    const after = this.result().outputs
    const names = new Set([...before.keys(), ...after.keys()])
    const changed = [...names].filter((name) => before.get(name) !== after.get(name))
    return changed.map((name) => path.resolve(this.root, name)).filter((abs) => abs !== file)
  }

  /** The analysed text of a file (what diagnostics' lines and columns refer to). */
  sourceText(file: string): string | undefined {
    return this.project.getProgram().getSourceFile(path.resolve(this.root, file))?.text
  }

  private analysed(): Analysed {
    const program = this.project.getProgram()
    if (this.cached?.program !== program) {
      const result = transformProject(this.project, this.options)
      this.cached = { program, result, modules: new Set(result.model.modules.map((m) => m.file)) }
    }
    return this.cached
  }

  private relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/')
  }
}

/** The file's own diagnostics first: that error is the one the bundler shows with a frame. */
function ownFirst(diagnostics: readonly Diagnostic[], file: string): Diagnostic[] {
  return [...diagnostics.filter((d) => d.file === file), ...diagnostics.filter((d) => d.file !== file)]
}
