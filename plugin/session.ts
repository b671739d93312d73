// One program's build across the hooks (or the CLI's commands): read from the cache when it can
// answer, compiled otherwise, and compiled from then on once a file changes. Loads TypeScript
// only when it compiles (live.ts).

import path from 'node:path'
import type { CacheRead, Stale } from '../compiler/node.js'
import { pluginCache } from './cache.js'
import { CachedView, type CachedBuild } from './cached-build.js'
import type { Compilation } from './compilation.js'
import type { ProgressSink } from './progress.js'
import type { BuildView } from './view.js'

export interface SessionOptions {
  /** A tsconfig.json, a project directory or an entry file. */
  target: string
  /** Output TypeScript for a bundler that strips types itself (Vite), or JavaScript. */
  keepTypes: boolean
  /** Transform modules when requested, not all at once (the dev server). */
  lazy?: boolean
  /** The cache directory; undefined: the default one (cache/cache-dir.ts); false: no cache. */
  cacheDir: string | false | undefined
  /** Where `vtify build` writes (absolute): its files are not sources, though it may lie in the project. */
  outDir?: string
  /** Under Vitest: tests may replace a module's exports (TransformOptions.replaceableImports). */
  replaceableImports?: boolean
  /** vtify build: imports of workspace packages name their outputs (TransformOptions.relativeImports). */
  relativeImports?: boolean
}

export class BuildSession {
  private view: BuildView | undefined
  private compilation: Compilation | undefined
  /** Where progress lines of long work go (the bundler's log, the terminal). */
  progress: ProgressSink | undefined
  /** Why the cache could not answer, for the closing line (nothing when there is no cache). */
  private cacheNote = ''
  /** The cache's entry made before an edit: the compilation starts from it. */
  private stale: Stale<CachedBuild> | undefined

  constructor(private readonly options: SessionOptions) {}

  /** The build made so far, if any (logs are made after current() answered). */
  get made(): BuildView | undefined {
    return this.view
  }

  /** Whether a live compilation exists (after a cache miss, or an edit). */
  get compiling(): boolean {
    return this.compilation !== undefined
  }

  /** The build, made on first use: read from the cache, or compiled. */
  async current(): Promise<BuildView> {
    return this.withoutCompiling() ?? (await this.live())
  }

  /** The build made so far, or the one the cache answers with; undefined when only compiling can make it. */
  withoutCompiling(): BuildView | undefined {
    this.view ??= this.fromCache()
    return this.view
  }

  /**
   * The live compilation (an edit needs one: a cached build cannot tell what an edit changes). It
   * starts from the cache's entry: the one that missed, or the entry read now — after an edit of a
   * build the cache answered, it misses by the edited files; read for the first time, it may hold
   * the program as it is.
   */
  async live(): Promise<Compilation> {
    if (!this.compilation) {
      const { liveCompilation } = await import('./live.js')
      const { target, lazy = false, replaceableImports = false, relativeImports = false, outDir } = this.options
      const cache = this.cache()
      const read = this.stale ? undefined : cache?.read()
      if (read?.kind === 'miss') this.missed(read)
      const cacheNote = this.view ? '' : this.cacheNote
      const stale = read?.kind === 'hit' ? { body: read.body, changed: [], inputs: read.inputs } : this.stale
      const options = { ...this.options, lazy, replaceableImports, relativeImports, outDir, cache, stale, cacheNote, progress: this.progress }
      this.compilation = liveCompilation(target, options)
      this.view = this.compilation
    }
    return this.compilation
  }

  private cache(): ReturnType<typeof pluginCache> {
    const { cacheDir, target } = this.options
    return cacheDir === false ? undefined : pluginCache(target, cacheDir && path.resolve(cacheDir), this.options)
  }

  private fromCache(): BuildView | undefined {
    const entry = this.cache()
    const read = entry?.read()
    if (!entry || !read) return undefined
    if (read.kind === 'miss') return this.missed(read)
    const opened = CachedView.open(read.body, entry)
    if (!opened) this.cacheNote = 'compiled: a cached module was missing or damaged'
    return opened
  }

  /** The cache missed: why, for the closing line, and the entry a build after an edit starts from. */
  private missed(miss: Extract<CacheRead<CachedBuild>, { kind: 'miss' }>): undefined {
    this.cacheNote = `compiled: ${miss.reason}`
    this.stale = miss.stale
    return undefined
  }
}
