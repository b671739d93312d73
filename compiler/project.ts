// A project on disk: resolve the input, build programs with a caching host, keep the model current.

import path from 'node:path'
import ts from '#typescript'
import { Analyzer } from './analyzer.js'
import type { AnalysisModel } from './model.js'
import { CachingHost } from './load/host.js'
import { resolveInput, type ProgramInput } from './load/input.js'

export class Project {
  readonly analyzer: Analyzer
  private readonly host: CachingHost
  private program: ts.Program | undefined
  /** The program before the latest edits: TypeScript reuses its unchanged files. */
  private previous: ts.Program | undefined

  constructor(readonly input: ProgramInput) {
    this.host = new CachingHost(input.options)
    this.analyzer = new Analyzer(input.root)
  }

  /** The current program (built on first use). */
  getProgram(): ts.Program {
    if (!this.program) {
      const { rootNames, options } = this.input
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
    return this.analyzer.analyze(this.getProgram())
  }

  /** A file changed: give its new text, or omit it to re-read the file from disk. */
  update(fileName: string, text?: string): void {
    const abs = path.resolve(this.input.root, fileName)
    this.host.update(abs, text)
    if (!this.input.rootNames.includes(abs) && text !== undefined && !this.program?.getSourceFile(abs)) {
      this.input.rootNames.push(abs)
    }
    this.previous = this.program ?? this.previous
    this.program = undefined
  }
}

/** Analyse an entry file, a directory or a tsconfig.json. */
export function analyzePath(target: string): AnalysisModel {
  return new Project(resolveInput(target)).analyze()
}
