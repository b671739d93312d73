// The model by file, for the front ends that answer questions about one file at a time (the editor
// plugin, the lint rules): its functions, calls, numbered state boundaries and diagnostics, each
// found from a node through compiler/locate.ts. Built once per model, each file on first use.

import path from 'node:path'
import ts from '#typescript'
import { functionAnchor, SpanIndex } from './locate.js'
import type { AnalysisModel, Boundary, CallEdge, Diagnostic, FunctionInfo } from './model.js'

/** A state boundary with its function and its number among that function's boundaries (`⏸1`, `⏸2`, … in source order). */
export interface NumberedBoundary {
  boundary: Boundary
  fn: FunctionInfo
  number: number
}

export class ModelIndex {
  readonly functionsById: ReadonlyMap<string, FunctionInfo>
  private readonly files = new Map<string, FileEntries>()
  private readonly modules: ReadonlySet<string>

  constructor(readonly model: AnalysisModel) {
    this.functionsById = new Map(model.functions.map((f) => [f.id, f]))
    this.modules = new Set(model.modules.map((m) => m.file))
  }

  /** The model's name of a file (absolute, or relative to the working directory): relative to the root. */
  modelFile(fileName: string): string {
    return path.relative(this.model.root, path.resolve(fileName)).split(path.sep).join('/')
  }

  /** What the model says about a project module; undefined for files outside the analysis. */
  file(fileName: string): FileEntries | undefined {
    const file = this.modelFile(fileName)
    if (!this.modules.has(file)) return undefined
    let entries = this.files.get(file)
    if (!entries) this.files.set(file, (entries = new FileEntries(this.model, file)))
    return entries
  }
}

/** What the model says about one file, and which entry a node of it is. */
export class FileEntries {
  readonly functions: readonly FunctionInfo[]
  /** Every state boundary of the file, in source order. */
  readonly boundaries: readonly NumberedBoundary[]
  readonly diagnostics: readonly Diagnostic[]
  private readonly functionAt: SpanIndex<FunctionInfo>
  private readonly callAt: SpanIndex<CallEdge>
  private readonly boundaryAt: SpanIndex<NumberedBoundary>

  constructor(model: AnalysisModel, readonly file: string) {
    const mine = <T extends { file: string }>(items: readonly T[]): T[] => items.filter((i) => i.file === file)
    this.functions = mine(model.functions)
    this.boundaries = this.functions
      .flatMap((fn) => fn.boundaries.map((boundary, i) => ({ boundary, fn, number: i + 1 })))
      .sort((a, b) => a.boundary.start - b.boundary.start)
    this.diagnostics = mine(model.diagnostics)
    this.functionAt = new SpanIndex(this.functions, (f) => f)
    this.callAt = new SpanIndex(mine(model.calls), (c) => c)
    this.boundaryAt = new SpanIndex(this.boundaries, (b) => b.boundary)
  }

  /** The model's entry for a function, method, accessor or arrow of this file; undefined for any other node. */
  functionOf(fn: ts.Node): FunctionInfo | undefined {
    return ts.isFunctionLike(fn) ? this.functionAt.at(functionAnchor(fn)) : undefined
  }

  /** The model's call edge for a call (or `new`) of this file. */
  callOf(call: ts.Node): CallEdge | undefined {
    return this.callAt.at(call)
  }

  /** The state boundary a call of this file is, if it is one. */
  boundaryOf(call: ts.Node): NumberedBoundary | undefined {
    return this.boundaryAt.at(call)
  }
}
