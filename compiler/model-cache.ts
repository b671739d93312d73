// The analysis of one project across the Programs a host hands over (tsserver's, typescript-eslint's):
// one Analyzer, so per-file facts are reused; one model per Program; and one ModelIndex per model.
// The editor plugin and the lint rules both read the model through it.

import type ts from '#typescript'
import { Analyzer } from './analyzer.js'
import { ModelIndex } from './model-index.js'

export class ModelCache {
  private readonly analyzer: Analyzer
  private readonly indexes = new WeakMap<ts.Program, ModelIndex>()
  /** The last index and the source files it was computed from: a new Program over the same files reuses it. */
  private last: { index: ModelIndex; sourceFiles: readonly ts.SourceFile[] } | undefined

  constructor(root: string) {
    this.analyzer = new Analyzer(root)
  }

  /** The model of `program`, indexed by file. */
  indexOf(program: ts.Program): ModelIndex {
    let index = this.indexes.get(program)
    if (index) return index
    const sourceFiles = program.getSourceFiles()
    // typescript-eslint's project service makes a new Program whenever it opens a file, usually over
    // the very same SourceFile objects: re-running even the cheap whole-program phases for each would
    // dominate the lint of a large project.
    index = this.last && sameFiles(this.last.sourceFiles, sourceFiles) ? this.last.index : new ModelIndex(this.analyzer.analyze(program))
    this.last = { index, sourceFiles }
    this.indexes.set(program, index)
    return index
  }
}

function sameFiles(a: readonly ts.SourceFile[], b: readonly ts.SourceFile[]): boolean {
  return a.length === b.length && a.every((sf, i) => sf === b[i])
}
