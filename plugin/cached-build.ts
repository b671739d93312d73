// The build as the cache keeps it (a manifest body), and the view of it the hooks read: no
// TypeScript loaded, every module's output read back and checked when the entry is opened (and
// decoded when asked for).

import fs from 'node:fs'
import path from 'node:path'
import type { Diagnostic, FileEntry, FunctionLayout, ModuleOutput, SourceMap } from '../compiler/index.js'
import type { BuildCache, Relocate, Stale } from '../compiler/node.js'
import type { ModelDigest } from './affected.js'
import type { EarlierBuild } from './compilation.js'
import { ownFirst, relativeName, type BuildView, type Outcome } from './view.js'

export interface CachedBuild {
  root: string
  /** BuildView.watched. */
  watched: string[]
  /** The model's modules (relative names); those with no output are blocked by `errors`. */
  modules: string[]
  /** Module → the blob holding its output's `{ code, map }`. */
  outputs: Record<string, string>
  /** Module → the blob holding its functions' layouts: read only by a build after an edit. */
  layouts: Record<string, string>
  errors: Diagnostic[]
  warnings: Diagnostic[]
  summary: string
  json: string[]
  /** Project file (absolute) → the blob holding its analysis entry: a build after an edit starts from them. */
  analysis: Record<string, string>
  /** What the model said of each module (affected.ts): which outputs a build after an edit keeps. */
  digest: ModelDigest
}

/** The files a build names, mapped by `to` (the cache keeps them relative to its directory: store.ts). */
export const relocateBuild: Relocate<CachedBuild> = (build, to) => ({
  ...build,
  root: to(build.root),
  watched: build.watched.map(to),
  analysis: Object.fromEntries(Object.entries(build.analysis).map(([file, blob]) => [to(file), blob])),
})

/** The files an analysis entry names, mapped by `to`, as relocateBuild does for its build. */
export function relocateEntry(entry: FileEntry, to: (file: string) => string): FileEntry {
  return { ...entry, fileName: to(entry.fileName), facts: { ...entry.facts, deps: entry.facts.deps.map(to) } }
}

/**
 * The blobs a build after an edit read its analysis entries and outputs from: the entries it keeps
 * unchanged, and the outputs it keeps (known by their source map, which the transform hands on with
 * the code as it read them; and by their warnings, the same objects), name the same blobs in the
 * entry it writes, instead of being serialised and hashed again (live.ts).
 */
export const entryBlobs = new WeakMap<FileEntry, string>()
const outputBlobs = new WeakMap<SourceMap, { name: string; warnings: readonly Diagnostic[] }>()

/** The blob an output was read from, if it is that output unchanged. */
export function outputBlob({ map, warnings }: Omit<ModuleOutput, 'code' | 'layouts'>): string | undefined {
  const read = outputBlobs.get(map)
  return read && read.warnings.length === warnings.length && read.warnings.every((w, i) => w === warnings[i]) ? read.name : undefined
}

/**
 * What a build after an edit can start from, or undefined when the entry cannot serve: only
 * project files changed in content (no file added or removed, no tsconfig, declaration file or
 * package changed: the analysis entries cannot tell what those change), and every blob is intact.
 */
export function previousBuild(stale: Stale<CachedBuild>, cache: BuildCache<CachedBuild>): EarlierBuild | undefined {
  const { body, changed, inputs } = stale
  if (!changed.every((input) => input in body.analysis)) return undefined
  const entries = readBlobs<FileEntry>(cache, body.analysis, (entry) => relocateEntry(entry, cache.restored))
  const outputs = readBlobs<Output>(cache, body.outputs)
  const layouts = readBlobs<FunctionLayout[]>(cache, body.layouts)
  if (!entries || !outputs || !layouts) return undefined
  const kept = new Map<string, ModuleOutput>()
  for (const [module, output] of outputs) {
    const own = layouts.get(module)
    if (!own) return undefined
    kept.set(module, { ...output, layouts: own })
    outputBlobs.set(output.map, { name: body.outputs[module]!, warnings: output.warnings })
  }
  for (const [file, entry] of entries) entryBlobs.set(entry, body.analysis[file]!)
  return { build: { digest: body.digest, outputs: kept }, entries: [...entries.values()], changed, json: body.json, inputs }
}

type Output = Omit<ModuleOutput, 'layouts'>

/** The content of each blob of `blobs` (key → blob name) parsed (and made into what `read` makes of it), by key; undefined when one is missing or damaged. */
function readBlobs<T>(cache: BuildCache<CachedBuild>, blobs: Readonly<Record<string, string>>, read = (value: T): T => value): Map<string, T> | undefined {
  const bytes = readBytes(cache, blobs)
  return bytes && new Map([...bytes].map(([key, content]) => [key, read(parsed<T>(content))]))
}

/** The bytes of each blob of `blobs` (key → blob name), checked, by key; undefined when one is missing or damaged. */
function readBytes(cache: BuildCache<CachedBuild>, blobs: Readonly<Record<string, string>>): Map<string, Buffer> | undefined {
  const out = new Map<string, Buffer>()
  for (const [key, name] of Object.entries(blobs)) {
    const content = cache.bytes(name)
    if (content === undefined) return undefined
    out.set(key, content)
  }
  return out
}

const parsed = <T>(content: Buffer): T => JSON.parse(content.toString('utf8')) as T

export class CachedView implements BuildView {
  private readonly moduleSet: ReadonlySet<string>
  private readonly outputs = new Map<string, Output>()

  /** `blobs`: each module's output as the cache holds it, checked but not yet decoded. */
  private constructor(
    private readonly build: CachedBuild,
    private readonly blobs: ReadonlyMap<string, Buffer>,
  ) {
    this.moduleSet = new Set(build.modules)
  }

  /**
   * The view of a cached build, or undefined when one of its outputs is missing or damaged. Each
   * output is checked now and decoded when first asked for: in a `vite build` that is while the
   * bundler works on other modules, not before it starts (bench:vite's project, 3.5 MB of outputs:
   * `buildStart` in a new process took 55–65 ms decoding them all, 47–53 ms checking them).
   */
  static open(build: CachedBuild, cache: BuildCache<CachedBuild>): CachedView | undefined {
    const blobs = readBytes(cache, build.outputs)
    return blobs && new CachedView(build, blobs)
  }

  get root(): string {
    return this.build.root
  }

  get watched(): readonly string[] {
    return this.build.watched
  }

  modules(): string[] {
    return this.build.modules
  }

  outcome(file: string): Outcome {
    const relative = relativeName(this.root, file)
    if (!this.moduleSet.has(relative)) return { kind: 'outside' }
    const output = this.output(relative)
    if (output) return { kind: 'code', ...output }
    return { kind: 'failed', diagnostics: ownFirst(this.build.errors, relative) }
  }

  /** A module's output, decoded on first use. */
  private output(module: string): Output | undefined {
    let output = this.outputs.get(module)
    const blob = output === undefined ? this.blobs.get(module) : undefined
    if (blob !== undefined) this.outputs.set(module, (output = parsed<Output>(blob)))
    return output
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
