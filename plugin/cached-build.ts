// The build as the cache keeps it (a manifest body), and the view of it the hooks read: no
// TypeScript loaded, every module's output read back and checked when the entry is opened.

import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, SourceMap } from '../compiler/index.js'
import type { BuildCache } from '../compiler/node.js'
import { ownFirst, relativeName, type BuildView, type Outcome } from './view.js'

export interface CachedBuild {
  root: string
  rootNames: string[]
  /** The model's modules (relative names); those with no output are blocked by `errors`. */
  modules: string[]
  /** Module → the blob holding `{ code, map }`. */
  outputs: Record<string, string>
  errors: Diagnostic[]
  warnings: Diagnostic[]
  summary: string
  json: string[]
}

interface Output {
  code: string
  map: SourceMap
}

export class CachedView implements BuildView {
  private readonly moduleSet: ReadonlySet<string>

  private constructor(
    private readonly build: CachedBuild,
    private readonly outputs: Map<string, Output>,
  ) {
    this.moduleSet = new Set(build.modules)
  }

  /** The view of a cached build, or undefined when one of its outputs is missing or damaged. */
  static open(build: CachedBuild, cache: BuildCache<CachedBuild>): CachedView | undefined {
    const outputs = new Map<string, Output>()
    for (const [module, blob] of Object.entries(build.outputs)) {
      const text = cache.get(blob)
      if (text === undefined) return undefined
      outputs.set(module, JSON.parse(text) as Output)
    }
    return new CachedView(build, outputs)
  }

  get root(): string {
    return this.build.root
  }

  get rootNames(): readonly string[] {
    return this.build.rootNames
  }

  modules(): string[] {
    return this.build.modules
  }

  outcome(file: string): Outcome {
    const relative = relativeName(this.root, file)
    if (!this.moduleSet.has(relative)) return { kind: 'outside' }
    const output = this.outputs.get(relative)
    if (output) return { kind: 'code', ...output }
    return { kind: 'failed', diagnostics: ownFirst(this.build.errors, relative) }
  }

  errors(): Diagnostic[] {
    return this.build.errors
  }

  warnings(): Diagnostic[] {
    return this.build.warnings
  }

  summary(): string {
    return `${this.build.summary} (from the cache: nothing it was built from changed)`
  }

  jsonFiles(): string[] {
    return this.build.json
  }

  /** The file as it is on disk: the cache checked that it is the text analysed. */
  sourceText(file: string): string | undefined {
    try {
      return fs.readFileSync(path.resolve(this.root, file), 'utf8')
    } catch {
      return undefined
    }
  }
}
