// Messages between the page and the compiler worker.

import type { AnalysisModel, Diagnostic, FunctionLayout, SourceMap } from '../../../compiler/index'

export interface CompileRequest {
  id: number
  /** The tabs: file name relative to the project root → text. */
  files: Record<string, string>
}

export interface CompileResult {
  id: number
  model: AnalysisModel
  layouts: FunctionLayout[]
  /** JavaScript per module, for modules without errors. */
  outputs: Record<string, string>
  maps: Record<string, SourceMap>
  /** The model's diagnostics and the transform's own (VT2xxx, VT3xxx; VT3002 a warning). */
  diagnostics: Diagnostic[]
  /** Each multistate function's reason chain, as the CLI and the editor plugin print it. */
  chains: Record<string, string>
  /** Time spent in the worker, milliseconds. */
  ms: number
}

export interface CompileFailure {
  id: number
  crash: string
}

export type CompileResponse = CompileResult | CompileFailure
