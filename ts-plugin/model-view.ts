// One analysis model as the language service sees it: per file, the functions, calls, numbered
// state boundaries and diagnostics at offsets of that file's SourceFile. One view per model (so per
// Program); each file is indexed the first time a request touches it.

import path from 'node:path'
import type ts from 'typescript'
import type { AnalysisModel, Boundary, CallEdge, Diagnostic, FunctionInfo, FunctionLayout } from '../compiler/model.js'
import { layoutsOf } from '../compiler/transform/index.js'
import { relativeFile } from '../compiler/program/context.js'
import { offsetOf } from './positions.js'

/** A state boundary with its number among its function's boundaries (`⏸1`, `⏸2`, … in source order). */
export interface NumberedBoundary {
  boundary: Boundary
  fn: FunctionInfo
  number: number
  offset: number
}

export interface FileView {
  readonly sourceFile: ts.SourceFile
  /** Functions by the offset of their name (or their start, when anonymous). */
  readonly functionsAt: ReadonlyMap<number, FunctionInfo>
  /** Model calls by the offset where the call starts. */
  readonly callsAt: ReadonlyMap<number, CallEdge[]>
  /** Every state boundary of the file, by offset. */
  readonly boundaries: readonly NumberedBoundary[]
  readonly diagnostics: readonly Diagnostic[]
}

export class ModelView {
  readonly functionsById: ReadonlyMap<string, FunctionInfo>
  private readonly functionsByFile = new Map<string, FunctionInfo[]>()
  private readonly callsByFile = new Map<string, CallEdge[]>()
  private readonly diagnosticsByFile = new Map<string, Diagnostic[]>()
  private readonly files = new Map<string, FileView>()
  private readonly layouts = new Map<string, Map<string, FunctionLayout>>()

  constructor(
    readonly model: AnalysisModel,
    readonly program: ts.Program,
  ) {
    this.functionsById = new Map(model.functions.map((f) => [f.id, f]))
    groupInto(this.functionsByFile, model.functions)
    groupInto(this.callsByFile, model.calls)
    groupInto(this.diagnosticsByFile, model.diagnostics)
  }

  /** The view of a project file, or undefined for files outside the analysis (libraries, .d.ts). */
  file(fileName: string): FileView | undefined {
    const file = relativeFile(this.model.root, fileName)
    const known = this.files.get(file)
    if (known) return known
    const sourceFile = this.program.getSourceFile(fileName)
    if (!sourceFile || !this.model.modules.some((m) => m.file === file)) return undefined
    const view = this.index(file, sourceFile)
    this.files.set(file, view)
    return view
  }

  /**
   * What the transform makes of a multistate function: computed for its module (and the modules
   * it calls in CPS) the first time it is asked, once per Program. Undefined when the transform
   * rejects the module.
   */
  layoutOf(fn: FunctionInfo): FunctionLayout | undefined {
    let layouts = this.layouts.get(fn.file)
    if (!layouts) {
      layouts = new Map(layoutsOf(this.program, this.model, [fn.file]).map((l) => [l.id, l]))
      this.layouts.set(fn.file, layouts)
    }
    return layouts.get(fn.id)
  }

  /** The SourceFile of a model file name (relative to the root). */
  sourceFile(file: string): ts.SourceFile | undefined {
    return this.program.getSourceFile(path.resolve(this.model.root, file))
  }

  private index(file: string, sourceFile: ts.SourceFile): FileView {
    const functions = this.functionsByFile.get(file) ?? []
    const calls = new Map<number, CallEdge[]>()
    for (const call of this.callsByFile.get(file) ?? []) {
      const offset = offsetOf(sourceFile, call)
      calls.set(offset, [...(calls.get(offset) ?? []), call])
    }
    const boundaries = functions
      .flatMap((fn) => fn.boundaries.map((boundary, i) => ({ boundary, fn, number: i + 1, offset: offsetOf(sourceFile, boundary) })))
      .sort((a, b) => a.offset - b.offset)
    return {
      sourceFile,
      functionsAt: new Map(functions.map((fn) => [offsetOf(sourceFile, fn), fn])),
      callsAt: calls,
      boundaries,
      diagnostics: this.diagnosticsByFile.get(file) ?? [],
    }
  }
}

function groupInto<T extends { file: string }>(into: Map<string, T[]>, items: readonly T[]): void {
  for (const item of items) {
    const list = into.get(item.file)
    if (list) list.push(item)
    else into.set(item.file, [item])
  }
}
