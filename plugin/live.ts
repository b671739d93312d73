// A live compilation for the plugin, writing every new result to the cache. Imported only when
// the cache cannot answer: this module loads TypeScript.

import { blockingErrors, buildWarnings, type ModuleOutput, type TransformResult } from '../compiler/index.js'
import { nativeStripper, type BuildCache, type Stale } from '../compiler/node.js'
import { digestOf } from './affected.js'
import { entryBlobs, outputBlob, previousBuild, relocateEntry, type CachedBuild } from './cached-build.js'
import { Compilation } from './compilation.js'
import type { ProgressSink } from './progress.js'
import { summaryLine } from './summary.js'

export interface LiveOptions {
  keepTypes: boolean
  replaceableImports: boolean
  relativeImports: boolean
  /** Transform modules when requested (the dev server). */
  lazy: boolean
  cache: BuildCache<CachedBuild> | undefined
  /** The cache's entry for this build, made before some of its inputs changed. */
  stale: Stale<CachedBuild> | undefined
  cacheNote: string
  progress: ProgressSink | undefined
  outDir: string | undefined
}

export function liveCompilation(target: string, options: LiveOptions): Compilation {
  const { keepTypes, replaceableImports, relativeImports, lazy, cache, stale, cacheNote, progress, outDir } = options
  const transform = {
    ...(keepTypes ? { keepTypes } : { stripTypes: nativeStripper }),
    ...(replaceableImports && { replaceableImports }),
    ...(relativeImports && { relativeImports }),
  }
  const onResult =
    cache && ((c: Compilation, result: TransformResult, outputs: ReadonlyMap<string, ModuleOutput>): void => writeBuild(cache, c, result, outputs))
  const previous = cache && stale && previousBuild(stale, cache)
  return new Compilation(target, {
    transform,
    lazy,
    ...(onResult && { onResult }),
    ...(progress && { progress }),
    ...(previous && { previous }),
    cacheNote,
    ...(outDir && { outDir }),
  })
}

function writeBuild(cache: BuildCache<CachedBuild>, c: Compilation, result: TransformResult, modules: ReadonlyMap<string, ModuleOutput>): void {
  const outputs: Record<string, string> = {}
  const layouts: Record<string, string> = {}
  const analysis: Record<string, string> = {}
  try {
    for (const [module, { code, map, layouts: own, warnings }] of modules) {
      outputs[module] = outputBlob({ map, warnings }) ?? cache.put(JSON.stringify({ code, map, warnings }))
      layouts[module] = cache.put(JSON.stringify(own))
    }
    for (const entry of c.project.analyzer.entries())
      analysis[entry.fileName] = entryBlobs.get(entry) ?? cache.put(JSON.stringify(relocateEntry(entry, cache.stored)))
    const build: CachedBuild = {
      root: c.root,
      watched: [...c.watched],
      modules: result.model.modules.map((m) => m.file),
      outputs,
      layouts,
      errors: blockingErrors(result),
      warnings: buildWarnings(result),
      summary: summaryLine(result),
      json: c.jsonFiles(),
      analysis,
      digest: digestOf(result.model),
    }
    cache.write(build, c.inputs(), [...Object.values(outputs), ...Object.values(layouts), ...Object.values(analysis)])
  } catch {
    // A cache that cannot be written (a read-only directory, a full disk) only costs the next build time.
  }
}
