// The incremental analyzer: give it successive ts.Programs (from our own host, tsserver or
// typescript-eslint) and it re-extracts facts only for files that changed or that refer to a
// changed file, then re-runs the whole-program phases (cheap: they read plain facts).

import { performance } from 'node:perf_hooks'
import ts from '#typescript'
import { analyzeFacts } from './analyze/index.js'
import type { AnalysisModel } from './model.js'
import { relativeFile, type ExtractContext } from './extract/context.js'
import { extractFile } from './extract/extract.js'
import type { FileFacts } from './extract/facts.js'
import { declaresGlobals } from './incremental/globals.js'
import { relocateFacts } from './incremental/relocate.js'
import { ownSources } from './load/own-files.js'
import { surfaceOf, textShift, type TextShift } from './incremental/surface.js'

/**
 * What the analysis keeps of one file between analyses: plain data, so that a front end can save
 * it and give it to the Analyzer of a later process (seed). Every entry describes the file as the
 * last analysis saw it, as do the facts: a file another entry's facts depend on (facts.deps) is
 * known to have changed when its text did.
 */
export interface FileEntry {
  /** Absolute, as the program names it. */
  fileName: string
  /** The text the facts were extracted from. */
  text: string
  facts: FileFacts
  /** What other files' facts can depend on (see incremental/surface.ts). */
  surface: string
  /** Whether its declarations reach files that do not import it (incremental/globals.ts). */
  globals: boolean
}

/** A file removed, or changed with its surface: its relative name, and whether a version of it (old or new) declares globals. */
interface SurfaceChange {
  file: string
  globals: boolean
}

export interface AnalyzeStats {
  files: number
  /** Files whose facts were (re-)extracted. */
  extracted: number
  /** Files whose facts were kept but moved to new positions of files they refer to. */
  relocated: number
  /** Milliseconds spent extracting facts (checker work included) and in the whole-program phases. */
  extractMs: number
  phasesMs: number
}

interface Round {
  program: ts.Program
  projectFiles: ReadonlySet<string>
  runtimeFiles: ReadonlySet<string>
  /** Files (absolute) whose text changed since the last analysis, and removed ones. */
  changed: Set<string>
  /** Changed files whose surface did not change: how their positions moved. */
  shifts: Map<string, TextShift>
  /** Files (relative) whose facts were extracted, and removed files. */
  revised: Set<string>
  /**
   * Files that import, directly or through other files, a file whose surface changed or that was
   * removed: inferred types reach them along imports even when their facts name nothing there.
   * Every file, when such a file declares globals (globals reach files that import nothing).
   */
  affected: Set<string>
  extracted: number
  relocated: number
}

export class Analyzer {
  private cache = new Map<string, FileEntry>()
  /** The cache came from seed(): the files outside the project are the caller's to check. */
  private seeded = false
  private lastProgram: ts.Program | undefined
  /** The files the last program read but the analysis does not extract (see outsideFiles). */
  private outside: ReadonlySet<ts.SourceFile> = new Set()
  /** The last program held part of the project (analyzePart): `outside` may be short of the whole program's. */
  private outsideIsPart = false
  /** The files outside the project that the seed's program read (seed). */
  private seedOutside: ReadonlySet<string> = new Set()
  /** A file outside the project changed where the last program could not show it (outsideChanged). */
  private outsideStale = false
  /** The last program's compiler options (strictness, lib, paths…): facts depend on them as on the text. */
  private options = ''

  private lastModel: AnalysisModel | undefined
  /** Told after each file's facts are extracted or kept (front ends show progress on long analyses). */
  onProgress: ((done: number, total: number) => void) | undefined
  /** What the last analyze() did, for benchmarks and tests of incrementality. */
  lastStats: AnalyzeStats = { files: 0, extracted: 0, relocated: 0, extractMs: 0, phasesMs: 0 }
  /**
   * Files (relative) whose facts the last analyze() extracted again, and removed files: those
   * whose text or view of the program (the types they see) may have changed. The facts of the
   * others stayed, or only moved with positions in files they refer to.
   */
  lastRevised: string[] = []

  constructor(readonly root: string) {}

  /**
   * Starts from entries a previous analysis of this project saved (entries()), before the first
   * analyze(): files whose text is unchanged keep their facts, under the incremental rules. The
   * caller vouches that what the entries cannot show is unchanged: the TypeScript version, the
   * compiler options, module resolution (no file added or removed beside the project's), and the
   * declaration files and packages the program reads. `outsideRead`: the files outside the project
   * (declaration files, packages) that the program of that analysis read — those it vouches for.
   */
  seed(entries: readonly FileEntry[], outsideRead: Iterable<string>): void {
    if (this.lastProgram) throw new Error('vtify internal error: Analyzer.seed after an analysis')
    this.cache = new Map(entries.map((entry) => [entry.fileName, entry]))
    this.seedOutside = new Set(outsideRead)
    this.seeded = true
  }

  /** What the last analysis knows of each project file, to seed a later Analyzer with. */
  entries(): FileEntry[] {
    return [...this.cache.values()]
  }

  /** The project files (absolute) whose declarations reach files that do not import them (FileEntry.globals). */
  globalFiles(): string[] {
    return [...this.cache.values()].filter((entry) => entry.globals).map((entry) => entry.fileName)
  }

  /** The text of a project file (absolute) as the last analysis saw it. */
  textOf(fileName: string): string | undefined {
    return this.cache.get(fileName)?.text
  }

  /**
   * A file outside the project changed (a declaration file, JSON, a package). The next analysis
   * compares what its program reads with what the last one read; but the seed, or a program of
   * part of the project, may not have read that file: then every file is extracted again.
   */
  outsideChanged(): void {
    if (this.seeded || this.outsideIsPart) this.outsideStale = true
  }

  analyze(program: ts.Program): AnalysisModel {
    // Only a program of part of the project can lack a file: a whole one is always analysed.
    return this.run(program, false) as AnalysisModel
  }

  /**
   * analyze() of a program of part of the project: some files and what they import (a build after
   * an edit need not parse the rest). The files of the cache the program does not hold are
   * unchanged since the last analysis, or the seed — the caller vouches, as for seed(): they keep
   * their facts, or have them moved. When one of them must be extracted again (the edit changed
   * what it sees), nothing is analysed: the answer is those files (absolute), for a larger program
   * to hold. After an analysis (not the seed), the files outside the project that both programs
   * read are compared, as analyze() compares them (elsewhere).
   */
  analyzePart(program: ts.Program): AnalysisModel | string[] {
    return this.run(program, true)
  }

  private run(program: ts.Program, part: boolean): AnalysisModel | string[] {
    if (program === this.lastProgram && this.lastModel) return this.lastModel
    const start = performance.now()
    const { files, runtimeFiles } = ownSources(program)
    const names = new Set(files.map((f) => f.fileName))
    const round: Round = {
      program,
      projectFiles: part ? new Set([...names, ...this.cache.keys()]) : names,
      runtimeFiles,
      changed: new Set(),
      shifts: new Map(),
      revised: new Set(),
      affected: new Set(),
      extracted: 0,
      relocated: 0,
    }
    const next = new Map<string, FileEntry>()
    // Changed files first: whether their surface moved decides what their dependents need.
    const removed = part ? [] : [...this.cache.values()].filter((entry) => !names.has(entry.fileName))
    for (const { fileName, facts } of removed) {
      round.changed.add(fileName)
      round.revised.add(facts.file)
    }
    const changes: SurfaceChange[] = removed.map(({ facts, globals }) => ({ file: facts.file, globals }))
    for (const sf of files) {
      const old = this.cache.get(sf.fileName)
      if (!names.has(sf.fileName) || old?.text === sf.text) continue
      round.changed.add(sf.fileName)
      const entry = this.reextract(round, sf)
      if (!round.shifts.has(entry.facts.file)) changes.push({ file: entry.facts.file, globals: entry.globals || (old?.globals ?? false) })
      next.set(sf.fileName, entry)
      this.onProgress?.(next.size, round.projectFiles.size)
    }
    const outside = outsideFiles(program, names)
    const options = optionsKey(program.getCompilerOptions())
    const elsewhere = this.outsideStale || this.elsewhere(round, outside, options, part)
    round.affected = this.affectedBy(round, changes, next, elsewhere)
    for (const sf of files) {
      if (!names.has(sf.fileName) || next.has(sf.fileName)) continue
      const entry = this.cache.get(sf.fileName)!
      next.set(sf.fileName, this.refresh(round, entry) ?? this.extract(round, sf))
      this.onProgress?.(next.size, round.projectFiles.size)
    }
    const missing: string[] = []
    for (const entry of part ? this.cache.values() : []) {
      if (next.has(entry.fileName)) continue
      const kept = this.refresh(round, entry)
      if (kept) next.set(entry.fileName, kept)
      else missing.push(entry.fileName)
    }
    if (missing.length > 0) return missing
    this.outside = outside
    this.outsideIsPart = part
    this.outsideStale = false
    this.options = options
    this.seeded = false
    // Every entry the very one of the last analysis (a program that only grew by files whose facts
    // were kept: Project.include): the whole-program phases, a function of the facts, answer the same.
    const unchanged = next.size === this.cache.size && [...next].every(([name, entry]) => this.cache.get(name) === entry)
    this.cache = next
    const extractEnd = performance.now()
    this.lastProgram = program
    const model =
      (unchanged && this.lastModel) ||
      analyzeFacts(
        this.root,
        [...next.values()].map((e) => e.facts),
      )
    this.lastModel = model
    const { extracted, relocated } = round
    this.lastRevised = [...round.revised]
    this.lastStats = { files: next.size, extracted, relocated, extractMs: extractEnd - start, phasesMs: performance.now() - extractEnd }
    return model
  }

  /**
   * Whether a declaration file, a package or the compiler options changed since the last program.
   * A file outside the project that a program starts or stops reading (a file imports a package
   * no file imported, or no longer does) reaches files that do not import it only through global
   * declarations. The seed's program is known by the names of the files it read, vouched for by
   * the caller: what no longer reads one is an edited file that dropped a reference. A whole
   * program after a program of part of the project compares the files the part read.
   */
  private elsewhere(round: Round, outside: ReadonlySet<ts.SourceFile>, options: string, part: boolean): boolean {
    const before = new Map([...this.outside].map((sf) => [sf.fileName, sf]))
    const globalIn = (files: ts.SourceFile[]): boolean => files.some((sf) => !round.program.isSourceFileDefaultLibrary(sf) && declaresGlobals(sf))
    const started = [...outside].filter((sf) => !before.has(sf.fileName) && !this.seedOutside.has(sf.fileName))
    if (this.seeded) return globalIn(started) || this.droppedReferences(round)
    if (options !== this.options) return true
    if (part) {
      const now = new Set([...outside].map((sf) => sf.fileName))
      const changed = [...outside].some((sf) => before.has(sf.fileName) && before.get(sf.fileName) !== sf)
      return changed || globalIn(started) || globalIn([...before.values()].filter((sf) => !now.has(sf.fileName)))
    }
    return this.outsideIsPart ? ![...this.outside].every((sf) => outside.has(sf)) : !sameFiles(outside, this.outside)
  }

  /** Whether a changed file no longer names a package, a declaration file or a lib it named (imports, `/// <reference>`). */
  private droppedReferences(round: Round): boolean {
    return [...round.changed].some((fileName) => {
      const old = this.cache.get(fileName)?.text
      const now = round.program.getSourceFile(fileName)?.text
      if (old === undefined || now === undefined) return false
      const kept = new Set(outsideReferences(now))
      return outsideReferences(old).some((name) => !kept.has(name))
    })
  }

  /** A changed file: extract it again, and note how it moved if its surface stayed. */
  private reextract(round: Round, sourceFile: ts.SourceFile): FileEntry {
    const old = this.cache.get(sourceFile.fileName)
    const entry = this.extract(round, sourceFile)
    if (old && old.surface === entry.surface) {
      round.shifts.set(entry.facts.file, textShift(old.text, sourceFile.text))
    }
    return entry
  }

  /**
   * The files a round's surface changes (removed files, changed files whose surface moved) can make
   * stale. Both versions of a changed file count: one that stops declaring globals changes them as
   * much as one that starts. `elsewhere`: a declaration file, a package or the compiler options
   * changed, which makes every file stale.
   */
  private affectedBy(round: Round, changes: readonly SurfaceChange[], next: Map<string, FileEntry>, elsewhere: boolean): Set<string> {
    if (elsewhere || changes.some((change) => change.globals)) return allFiles(this.root, round.projectFiles)
    return changes.length === 0
      ? new Set()
      : importersOf(
          changes.map((change) => change.file),
          [...next.values(), ...this.cache.values()],
        )
  }

  /** An unchanged file: its facts kept or moved; undefined when they must be extracted again (a file it refers to changed). */
  private refresh(round: Round, entry: FileEntry): FileEntry | undefined {
    if (round.affected.has(entry.facts.file)) return undefined
    const moved = new Map<string, TextShift>()
    for (const dep of entry.facts.deps) {
      if (!round.changed.has(dep)) continue
      const shift = round.shifts.get(relativeFile(this.root, dep))
      if (!shift) return undefined
      moved.set(relativeFile(this.root, dep), shift)
    }
    if (moved.size === 0) return entry
    const facts = relocateFacts(entry.facts, moved)
    if (!facts) return undefined
    round.relocated++
    return { ...entry, facts }
  }

  private extract(round: Round, sourceFile: ts.SourceFile): FileEntry {
    round.extracted++
    round.revised.add(relativeFile(this.root, sourceFile.fileName))
    const ctx: ExtractContext = {
      checker: round.program.getTypeChecker(),
      program: round.program,
      root: this.root,
      sourceFile,
      file: relativeFile(this.root, sourceFile.fileName),
      projectFiles: round.projectFiles,
      runtimeFiles: round.runtimeFiles,
      deps: new Set(),
    }
    // Facts are built interleaved with the checker's own allocations; a compact copy makes the
    // whole-program phases, which walk every file's facts on each edit, several times faster.
    const facts = structuredClone(extractFile(ctx))
    const { fileName, text } = sourceFile
    return { fileName, text, facts, surface: surfaceOf(sourceFile), globals: declaresGlobals(sourceFile) }
  }
}

/** Every file that imports one of `files`, directly or through others (relative names). */
function importersOf(files: readonly string[], entries: Iterable<FileEntry>): Set<string> {
  const importers = new Map<string, string[]>()
  const seenFile = new Set<string>()
  for (const { facts } of entries) {
    // An entry of this round comes first and wins over the cached one of the same file.
    if (seenFile.has(facts.file)) continue
    seenFile.add(facts.file)
    for (const imported of facts.imports) (importers.get(imported) ?? importers.set(imported, []).get(imported)!).push(facts.file)
  }
  const affected = new Set<string>()
  const queue = [...files]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const importer of importers.get(file) ?? []) {
      if (affected.has(importer)) continue
      affected.add(importer)
      queue.push(importer)
    }
  }
  return affected
}

/** Every project file, by relative name. */
function allFiles(root: string, names: ReadonlySet<string>): Set<string> {
  return new Set([...names].map((name) => relativeFile(root, name)))
}

/**
 * Files the analysis reads but does not extract: the project's declaration files (a `globals.d.ts`)
 * and installed packages. No file's imports name a `globals.d.ts`, and facts never name a package's
 * declarations, yet their types reach the facts of files that do not refer to them: when one is
 * added, removed or changed (a package re-installed under a running dev server), every file is
 * extracted again. They rarely change, and the hosts keep their parses between programs.
 */
function outsideFiles(program: ts.Program, projectFiles: ReadonlySet<string>): Set<ts.SourceFile> {
  return new Set(program.getSourceFiles().filter((sf) => !projectFiles.has(sf.fileName)))
}

/** What a file's text names outside the project: packages it imports, declaration files, types and libs it references. */
function outsideReferences(text: string): string[] {
  const { importedFiles, referencedFiles, typeReferenceDirectives, libReferenceDirectives } = ts.preProcessFile(text, true, true)
  const packages = importedFiles.map((ref) => ref.fileName).filter((name) => !name.startsWith('.') && !name.startsWith('/'))
  const references = referencedFiles.map((ref) => `path:${ref.fileName}`)
  return [
    ...packages,
    ...references,
    ...typeReferenceDirectives.map((ref) => `types:${ref.fileName}`),
    ...libReferenceDirectives.map((ref) => `lib:${ref.fileName}`),
  ]
}

/** The options as text, to compare programs by; the tsconfig's own source file (not enumerable in TypeScript's hosts) left out. */
function optionsKey(options: ts.CompilerOptions): string {
  try {
    return JSON.stringify(options, (key, value: unknown) => (key === 'configFile' ? undefined : value))
  } catch {
    return '' // an option of a host that does not serialise: such programs compare as equal in options
  }
}

function sameFiles(a: ReadonlySet<ts.SourceFile>, b: ReadonlySet<ts.SourceFile>): boolean {
  return a.size === b.size && [...a].every((sf) => b.has(sf))
}
