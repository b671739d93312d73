// One file's share of a compile result, in editor offsets: the ⏸n boundary markers, the
// functions and boundaries a hover can land on, the diagnostics. Spans carry UTF-16 offsets,
// which are CodeMirror's too.

import type { Boundary, Diagnostic, FunctionInfo, FunctionLayout } from '../../../compiler/index'
import type { CompileResult } from '../compile/protocol'

export interface NumberedBoundary {
  boundary: Boundary
  fn: FunctionInfo
  /** 1-based, in source order within its function (the editor plugin's ⏸n). */
  number: number
}

export interface FileView {
  file: string
  functions: FunctionInfo[]
  boundaries: NumberedBoundary[]
  diagnostics: Diagnostic[]
  layouts: Map<string, FunctionLayout>
  chains: Record<string, string>
}

export function fileView(result: CompileResult, file: string): FileView {
  const functions = result.model.functions.filter((f) => f.file === file)
  const boundaries = functions.flatMap((fn) => fn.boundaries.map((boundary, i) => ({ boundary, fn, number: i + 1 })))
  return {
    file,
    functions,
    boundaries: boundaries.filter((b) => b.boundary.file === file),
    diagnostics: result.diagnostics.filter((d) => d.file === file),
    layouts: new Map(result.layouts.map((l) => [l.id, l])),
    chains: result.chains,
  }
}
