// The model by file, for the front ends that answer questions about one file at a time (the editor
// plugin, the lint rules): its functions, calls, numbered state boundaries and diagnostics, each
// found from a node through compiler/locate.ts. Built once per model, each file on first use.

import path from 'node:path'
import ts from '#typescript'
import { functionAnchor, SpanIndex } from './locate.js'
import type { AnalysisModel, Boundary, CallEdge, Diagnostic, FunctionInfo } from './model.js'
import { oncePer } from './once-per.js'

/** A state boundary with its function and its number among that function's boundaries (`⏸1`, `⏸2`, … in source order). */
export interface NumberedBoundary {
  boundary: Boundary
  fn: FunctionInfo
  number: number
}

/** The model's functions by id, built once per model (the transform asks per module). */
export const functionsById = oncePer((functions: readonly FunctionInfo[]): ReadonlyMap<string, FunctionInfo> => new Map(functions.map((f) => [f.id, f])))

const NONE: readonly FunctionInfo[] = []

/** The functions of one file, in the model's order; grouped once per model (the transform asks per module). */
export function functionsOfFile(functions: readonly FunctionInfo[], file: string): readonly FunctionInfo[] {
  return groupByFile(functions).get(file) ?? NONE
}

const groupByFile = oncePer((functions: readonly FunctionInfo[]): ReadonlyMap<string, readonly FunctionInfo[]> => {
  const map = new Map<string, FunctionInfo[]>()
  for (const f of functions) (map.get(f.file) ?? map.set(f.file, []).get(f.file)!).push(f)
  return map
})

/** One file's share of the model. */
interface FileShare {
  functions: readonly FunctionInfo[]
  calls: CallEdge[]
  diagnostics: Diagnostic[]
}

export class ModelIndex {
  readonly functionsById: ReadonlyMap<string, FunctionInfo>
  private readonly files = new Map<string, FileEntries>()
  private readonly shares = new Map<string, FileShare>()

  constructor(readonly model: AnalysisModel) {
    this.functionsById = functionsById(model.functions)
    for (const { file } of model.modules) this.shares.set(file, { functions: functionsOfFile(model.functions, file), calls: [], diagnostics: [] })
    // One pass over the model, not one per file asked for: the lint asks for every file.
    for (const call of model.calls) this.shares.get(call.file)?.calls.push(call)
    for (const d of model.diagnostics) this.shares.get(d.file)?.diagnostics.push(d)
  }

  /** The model's name of a file (absolute, or relative to the working directory): relative to the root. */
  modelFile(fileName: string): string {
    return path.relative(this.model.root, path.resolve(fileName)).split(path.sep).join('/')
  }

  /** What the model says about a project module; undefined for files outside the analysis. */
  file(fileName: string): FileEntries | undefined {
    const file = this.modelFile(fileName)
    const share = this.shares.get(file)
    if (!share) return undefined
    let entries = this.files.get(file)
    if (!entries) this.files.set(file, (entries = new FileEntries(file, share)))
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

  constructor(
    readonly file: string,
    { functions, calls, diagnostics }: FileShare,
  ) {
    this.functions = functions
    this.boundaries = functions
      .flatMap((fn) => fn.boundaries.map((boundary, i) => ({ boundary, fn, number: i + 1 })))
      .sort((a, b) => a.boundary.start - b.boundary.start)
    this.diagnostics = diagnostics
    this.functionAt = new SpanIndex(functions, (f) => f)
    this.callAt = new SpanIndex(calls, (c) => c)
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
