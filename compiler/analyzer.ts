// The incremental analyzer: give it successive ts.Programs (from our own host, tsserver or
// typescript-eslint) and it re-extracts facts only for files that changed or that refer to a
// changed file, then re-runs the whole-program phases (cheap: they read plain facts).

import { performance } from 'node:perf_hooks'
import ts from 'typescript'
import { analyzeFacts } from './analyze/index.js'
import type { AnalysisModel } from './model.js'
import { relativeFile, type ExtractContext } from './program/context.js'
import { extractFile } from './program/extract.js'
import type { FileFacts } from './program/facts.js'
import { findRuntimeFiles } from './program/runtime-module.js'

interface CacheEntry {
  sourceFile: ts.SourceFile
  facts: FileFacts
  /** The dependency files as they were when the facts were extracted. */
  deps: Map<string, ts.SourceFile | undefined>
}

export interface AnalyzeStats {
  files: number
  /** Files whose facts were (re-)extracted. */
  extracted: number
  /** Milliseconds spent extracting facts (checker work included) and in the whole-program phases. */
  extractMs: number
  phasesMs: number
}

export class Analyzer {
  private cache = new Map<string, CacheEntry>()
  private lastProgram: ts.Program | undefined
  private lastModel: AnalysisModel | undefined
  /** What the last analyze() did, for benchmarks and tests of incrementality. */
  lastStats: AnalyzeStats = { files: 0, extracted: 0, extractMs: 0, phasesMs: 0 }

  constructor(readonly root: string) {}

  analyze(program: ts.Program): AnalysisModel {
    if (program === this.lastProgram && this.lastModel) return this.lastModel
    const start = performance.now()
    const files = projectFiles(program)
    const runtimeFiles = findRuntimeFiles(program, files)
    const projectNames = new Set(files.map((f) => f.fileName).filter((n) => !runtimeFiles.has(n)))
    const next = new Map<string, CacheEntry>()
    let extracted = 0
    for (const sourceFile of files) {
      if (!projectNames.has(sourceFile.fileName)) continue
      let entry = this.cache.get(sourceFile.fileName)
      if (!entry || !isFresh(entry, sourceFile, program)) {
        entry = this.extract(program, sourceFile, projectNames, runtimeFiles)
        extracted++
      }
      next.set(sourceFile.fileName, entry)
    }
    this.cache = next
    const extractEnd = performance.now()
    this.lastProgram = program
    this.lastModel = analyzeFacts(this.root, [...next.values()].map((e) => e.facts))
    const extractMs = extractEnd - start
    this.lastStats = { files: next.size, extracted, extractMs, phasesMs: performance.now() - extractEnd }
    return this.lastModel
  }

  private extract(program: ts.Program, sourceFile: ts.SourceFile, projectFiles: ReadonlySet<string>, runtimeFiles: ReadonlySet<string>): CacheEntry {
    const ctx: ExtractContext = {
      checker: program.getTypeChecker(),
      program,
      root: this.root,
      sourceFile,
      file: relativeFile(this.root, sourceFile.fileName),
      projectFiles,
      runtimeFiles,
      deps: new Set(),
    }
    // Facts are built interleaved with the checker's own allocations; a compact copy makes the
    // whole-program phases, which walk every file's facts on each edit, several times faster.
    const facts = structuredClone(extractFile(ctx))
    const deps = new Map(facts.deps.map((d) => [d, program.getSourceFile(d)] as const))
    return { sourceFile, facts, deps }
  }
}

function isFresh(entry: CacheEntry, sourceFile: ts.SourceFile, program: ts.Program): boolean {
  if (entry.sourceFile !== sourceFile) return false
  for (const [dep, was] of entry.deps) if (program.getSourceFile(dep) !== was) return false
  return true
}

/** Files vtify transforms: the program's own sources, not libraries or declaration files. */
function projectFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !program.isSourceFileFromExternalLibrary(sf) && !program.isSourceFileDefaultLibrary(sf))
}
