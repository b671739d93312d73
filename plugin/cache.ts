// The plugin's cache entry: where it lives (Vite's cacheDir, or node_modules/.cache/vtify above
// the project) and what it is keyed by besides its inputs. Loads no TypeScript.

import fs from 'node:fs'
import path from 'node:path'
import { BuildCache, defaultCacheDir, versions, type Relocate } from '../compiler/node.js'
import { relocateBuild, type CachedBuild } from './cached-build.js'

/**
 * The cache for `target` (a tsconfig, a directory or an entry file), or undefined when there is
 * nowhere to keep it or TypeScript's version cannot be read.
 */
export function pluginCache(target: string, dir: string | undefined, output: OutputKind): BuildCache<CachedBuild> | undefined {
  // Under Vite the output keeps its types; under Rollup the native stripper erases them. Under
  // Vitest imported calls check their binding, under vtify build imports of workspace packages
  // name their outputs: keys of their own (an older entry keeps its key).
  const imports = output.replaceableImports ? 'replaceable (Vitest)' : output.relativeImports ? 'relative (vtify build)' : undefined
  const kind = output.keepTypes ? 'typescript' : 'javascript (native stripper)'
  return cacheFor(target, dir, { frontEnd: 'plugin', output: kind, ...(imports !== undefined && { imports }) }, relocateBuild)
}

/** What decides a build's output besides its program (TransformOptions). */
export interface OutputKind {
  keepTypes: boolean
  replaceableImports?: boolean
  relativeImports?: boolean
}

/**
 * The cache entry of `target` for a front end's `options` (what it keeps depends on them), as
 * pluginCache. `relocate`: how its body names files, if the entry may be read where the project
 * and its cache were moved to (store.ts).
 */
export function cacheFor<T>(
  target: string,
  dir: string | undefined,
  options: Readonly<Record<string, string>>,
  relocate?: Relocate<T>,
): BuildCache<T> | undefined {
  const cacheDir = dir ?? defaultCacheDir(directoryOf(target))
  if (cacheDir === undefined) return undefined
  try {
    return new BuildCache(cacheDir, { target: path.resolve(target), options, versions: versions() }, relocate)
  } catch {
    return undefined
  }
}

function directoryOf(target: string): string {
  const abs = path.resolve(target)
  return fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() ? abs : path.dirname(abs)
}
