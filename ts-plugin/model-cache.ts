// The analysis model of one project, cached per Program: the Analyzer returns the same model while
// the Program is the same and re-extracts only the files an edit affects when it is not, so every
// request after an edit pays for one incremental analysis and the rest for a map lookup.

import type ts from 'typescript'
import { Analyzer } from '../compiler/analyzer.js'
import { ModelView } from './model-view.js'

export class ModelCache {
  private readonly analyzer: Analyzer
  private view: ModelView | undefined

  constructor(
    root: string,
    private readonly getProgram: () => ts.Program | undefined,
  ) {
    this.analyzer = new Analyzer(root)
  }

  /** The view of the current Program's model; undefined while the project has no Program. */
  current(): ModelView | undefined {
    const program = this.getProgram()
    if (!program) return undefined
    if (this.view?.program !== program) this.view = new ModelView(this.analyzer.analyze(program), program)
    return this.view
  }
}
