// A live compilation for the plugin, writing every new result to the cache. Imported only when
// the cache cannot answer: this module loads TypeScript.

import { blockingErrors, type TransformResult } from '../compiler/index.js'
import { nativeStripper, programInputs, type BuildCache } from '../compiler/node.js'
import type { CachedBuild } from './cached-build.js'
import { Compilation } from './compilation.js'
import type { ProgressSink } from './progress.js'
import { summaryLine } from './summary.js'

export interface LiveOptions {
  keepTypes: boolean
  /** Transform modules when requested (the dev server). */
  lazy: boolean
  cache: BuildCache<CachedBuild> | undefined
  cacheNote: string
  progress: ProgressSink | undefined
}

export function liveCompilation(target: string, { keepTypes, lazy, cache, cacheNote, progress }: LiveOptions): Compilation {
  const transform = keepTypes ? { keepTypes } : { stripTypes: nativeStripper }
  const onResult = cache && ((c: Compilation, result: TransformResult): void => writeBuild(cache, c, result))
  return new Compilation(target, { transform, lazy, ...(onResult && { onResult }), ...(progress && { progress }), cacheNote })
}

function writeBuild(cache: BuildCache<CachedBuild>, c: Compilation, result: TransformResult): void {
  const outputs: Record<string, string> = {}
  try {
    for (const [module, code] of result.outputs) outputs[module] = cache.put(JSON.stringify({ code, map: result.maps.get(module) }))
    const build: CachedBuild = {
      root: c.root,
      rootNames: [...c.rootNames],
      modules: result.model.modules.map((m) => m.file),
      outputs,
      errors: blockingErrors(result),
      warnings: result.model.diagnostics.filter((d) => d.severity === 'warning'),
      summary: summaryLine(result),
      json: c.jsonFiles(),
    }
    cache.write(build, programInputs(c.project.getProgram(), c.project.input), Object.values(outputs))
  } catch {
    // A cache that cannot be written (a read-only directory, a full disk) only costs the next build time.
  }
}
