// A project on disk: resolve the input, build programs with a caching host, keep the model current.

import path from 'node:path'
import ts from '#typescript'
import { Analyzer } from './analyzer.js'
import type { AnalysisModel } from './model.js'
import { CachingHost } from './load/host.js'
import { isCodeFile, isDeclarationFile, isInstalledFile } from './load/file-kinds.js'
import { resolveInput, type ProgramInput } from './load/input.js'
import { waitWhileEmpty } from './load/written.js'

export class Project {
  readonly analyzer: Analyzer
  private host: CachingHost
  /** The root names and options as the tsconfig (or the directory) gives them now. */
  private current: ProgramInput
  private program: ts.Program | undefined
  /** The program before the latest edits: TypeScript reuses its unchanged files. */
  private previous: ts.Program | undefined
  /**
   * The roots of a program of part of the project (limitTo), or null: the whole project. TypeScript
   * reads them and what they import; the analyzer keeps the other files' facts from its seed.
   */
  private part: string[] | null = null

  constructor(input: ProgramInput) {
    this.current = input
    this.host = new CachingHost(input.options)
    this.analyzer = new Analyzer(input.root)
  }

  get input(): ProgramInput {
    return this.current
  }

  /** The current program (built on first use). */
  getProgram(): ts.Program {
    if (!this.program) {
      const { options } = this.input
      const rootNames = this.part ?? this.input.rootNames
      this.program = ts.createProgram({ rootNames, options, host: this.host.host, oldProgram: this.previous })
      this.previous = undefined
    }
    return this.program
  }

  /** The package.json files the programs so far read (their `exports`, `types`, `type` decide what they are made of). */
  packageFiles(): string[] {
    return [...this.host.packageFiles]
  }

  analyze(): AnalysisModel {
    for (;;) {
      if (this.part === null) return this.analyzer.analyze(this.getProgram())
      const model = this.analyzer.analyzePart(this.getProgram())
      if (!Array.isArray(model)) return model
      // Held as roots and still missing from the project's files: the whole project decides.
      if (!this.include(model)) this.rebuild(null)
    }
  }

  /**
   * Until the next update(), build programs of part of the project: the files changed (absolute)
   * since the analysis the analyzer was seeded with, what they import, and every file whose
   * declarations reach files that do not import it — the project's declaration files and the
   * entries' `globals` (scripts, `declare global`, module augmentations) — so that the changed
   * files see the types the whole program gives them. For a build after an edit: the caller
   * vouches for the other files as for the seed (Analyzer.analyzePart). Only when every file of
   * the seed is a root (a tsconfig's or a directory's program): a program named by its entry file
   * holds what its files import, which an edit can change (a file no longer imported leaves it).
   */
  limitTo(changed: readonly string[]): void {
    const roots = new Set(this.input.rootNames)
    if (!this.analyzer.entries().every((entry) => roots.has(entry.fileName))) return
    const declarations = this.input.rootNames.filter(isDeclarationFile)
    this.rebuild([...new Set([...changed, ...this.analyzer.globalFiles(), ...declarations])])
  }

  /**
   * Parse and bind the default libraries and vtify's runtime declarations, which the programs of
   * multistate code read, when the current program read none (a program of part of the project
   * that holds no file yet): the dev server does it while it waits for the first edit, whose
   * program then finds them done (the host keeps what it parsed, bound, between programs).
   */
  prepareLibraries(): void {
    const program = this.getProgram()
    if (program.getSourceFiles().some((sf) => program.isSourceFileDefaultLibrary(sf))) return
    const root = path.join(this.input.root, '(vtify: libraries).ts')
    const host: ts.CompilerHost = {
      ...this.host.host,
      getSourceFile: (fileName, version, ...rest) =>
        fileName === root ? ts.createSourceFile(root, "import 'vtify/runtime'\n", version) : this.host.host.getSourceFile(fileName, version, ...rest),
    }
    ts.createProgram({ rootNames: [root], options: this.input.options, host }).getTypeChecker()
  }

  /** Whether the programs hold part of the project (limitTo). */
  get partial(): boolean {
    return this.part !== null
  }

  /**
   * Files (absolute) a program of part of the project must hold from now on (the next program reuses
   * the current one's files). Whether that takes a new program: false when the programs are the
   * whole project's, or hold them as roots already.
   */
  include(files: readonly string[]): boolean {
    const more = files.filter((file) => !this.part?.includes(file))
    if (this.part === null || more.length === 0) return false
    this.rebuild([...this.part, ...more])
    return true
  }

  /**
   * A file changed: give its new text, or omit it to re-read the file from disk. Programs of part of
   * the project (limitTo) go on, holding the file from now on, when it is a source of the project
   * that exists: the analysis extracts it again and finds what its change reaches. Any other change
   * (a declaration file, JSON, a package, a file removed) makes the next program the whole
   * project's (and see Analyzer.outsideChanged). A file that came or went on disk is a root or no
   * longer one as the tsconfig (or the directory) has it; an edited tsconfig is read again
   * (reload). An InputError when it can no longer be read leaves the project as it was. A file
   * found empty is given a moment to be written (waitWhileEmpty).
   */
  update(fileName: string, text?: string): void {
    const abs = path.resolve(this.input.root, fileName)
    if (text === undefined) waitWhileEmpty(abs)
    if (abs in this.input.madeFrom.configs) return this.reload()
    const roots = text === undefined && this.cameOrWent(abs) ? resolveInput(this.input.target, this.input.outDir).rootNames : undefined
    this.host.update(abs, text)
    if (roots) this.current = { ...this.current, rootNames: roots }
    else if (!this.input.rootNames.includes(abs) && text !== undefined && !this.program?.getSourceFile(abs)) this.input.rootNames.push(abs)
    const source = isCodeFile(abs) && !isDeclarationFile(abs) && !isInstalledFile(abs)
    if (!source) this.analyzer.outsideChanged()
    const part = this.part
    const stays = part !== null && source && (text !== undefined || ts.sys.fileExists(abs))
    this.rebuild(stays ? [...new Set([...part, abs])] : null)
  }

  /** A code file added on disk that the program does not hold (no file imports it), or a root removed: the root names may change. */
  private cameOrWent(abs: string): boolean {
    if (!isCodeFile(abs)) return false
    const exists = ts.sys.fileExists(abs)
    const held = (this.program ?? this.previous)?.getSourceFile(abs) !== undefined
    return exists ? !held && !this.input.rootNames.includes(abs) : this.input.rootNames.includes(abs)
  }

  /**
   * The tsconfig, or one it extends, changed: its files and options are read again (an InputError
   * if it no longer can be, the project left as it was). Other options take a new host, as parsing
   * and module resolution depend on them, and a program made anew.
   */
  private reload(): void {
    const next = resolveInput(this.input.target, this.input.outDir)
    const sameOptions = comparable(next.options) === comparable(this.input.options)
    this.current = next
    if (!sameOptions) this.host = this.host.withOptions(next.options)
    this.analyzer.outsideChanged()
    this.rebuild(null)
    if (!sameOptions) this.previous = undefined
  }

  /** The next program is of these roots (null: the whole project's), reusing the current one's files. */
  private rebuild(part: string[] | null): void {
    this.part = part
    this.previous = this.program ?? this.previous
    this.program = undefined
  }
}

/** Compiler options as text, without the parsed tsconfig TypeScript keeps among them. */
function comparable(options: ts.CompilerOptions): string {
  return JSON.stringify(options, (key, value: unknown) => (key === 'configFile' ? undefined : value))
}

/** Analyse an entry file, a directory or a tsconfig.json. */
export function analyzePath(target: string): AnalysisModel {
  return new Project(resolveInput(target)).analyze()
}
