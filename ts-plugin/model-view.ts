// One analysis model as the language service sees it: the compiler's index of the model (per file,
// the functions, calls, numbered state boundaries and diagnostics, each found from a node by its
// span), with the Program's SourceFiles and the transform's layouts. One view per Program.

import path from 'node:path'
import type ts from 'typescript'
import {
  layoutsOf,
  moduleLayouts,
  transformDiagnosticsOf,
  type Diagnostic,
  type FileEntries,
  type FunctionInfo,
  type FunctionLayout,
  type ModelIndex,
  type ModuleLayouts,
} from '../compiler/index.js'

export interface FileView {
  readonly sourceFile: ts.SourceFile
  /** What the model says about the file. */
  readonly entries: FileEntries
}

export class ModelView {
  private readonly layouts = new Map<string, Map<string, FunctionLayout>>()
  private readonly transformDiagnostics = new Map<string, Diagnostic[]>()
  /** Each module's transform, made once for this Program: diagnostics and layouts both read it. */
  private readonly modules: ModuleLayouts

  constructor(
    readonly index: ModelIndex,
    readonly program: ts.Program,
  ) {
    this.modules = moduleLayouts(program, index.model)
  }

  /** The view of a project file, or undefined for files outside the analysis (libraries, .d.ts). */
  file(fileName: string): FileView | undefined {
    const entries = this.index.file(fileName)
    const sourceFile = entries && this.program.getSourceFile(fileName)
    return entries && sourceFile ? { sourceFile, entries } : undefined
  }

  /**
   * What the transform makes of a multistate function: computed for its module (and the modules
   * it calls in CPS) the first time it is asked, once per Program. Undefined when the transform
   * rejects the module.
   */
  layoutOf(fn: FunctionInfo): FunctionLayout | undefined {
    let layouts = this.layouts.get(fn.file)
    if (!layouts) {
      layouts = new Map(layoutsOf(this.program, this.index.model, [fn.file], this.modules).map((l) => [l.id, l]))
      this.layouts.set(fn.file, layouts)
    }
    return layouts.get(fn.id)
  }

  /**
   * What the transform says of a file beyond the model — an unsupported construct (VT2xxx), a value
   * that cannot follow a clue (VT3001, VT3002) — worked out the first time it is asked, once per Program.
   */
  transformDiagnosticsOf(file: FileView): readonly Diagnostic[] {
    const name = file.entries.file
    let diagnostics = this.transformDiagnostics.get(name)
    if (!diagnostics) this.transformDiagnostics.set(name, (diagnostics = transformDiagnosticsOf(this.program, this.index.model, name, this.modules)))
    return diagnostics
  }

  /** The SourceFile of a model file name (relative to the root). */
  sourceFile(file: string): ts.SourceFile | undefined {
    return this.program.getSourceFile(path.resolve(this.index.model.root, file))
  }
}
