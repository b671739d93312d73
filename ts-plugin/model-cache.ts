// The analysis model of one project, through the compiler's ModelCache (the lint rules use the same):
// the same model while the Program is the same, and an incremental analysis of only the files an
// edit affects when it is not, so every request after an edit pays for one analysis and the rest
// for a lookup.

import type ts from 'typescript'
import { ModelCache as Models } from '../compiler/index.js'
import { ModelView } from './model-view.js'

export class ModelCache {
  private readonly models: Models
  private view: ModelView | undefined

  constructor(
    root: string,
    private readonly getProgram: () => ts.Program | undefined,
  ) {
    this.models = new Models(root)
  }

  /** The view of the current Program's model; undefined while the project has no Program. */
  current(): ModelView | undefined {
    const program = this.getProgram()
    if (!program) return undefined
    if (this.view?.program !== program) this.view = new ModelView(this.models.indexOf(program), program)
    return this.view
  }
}
