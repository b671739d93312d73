// vtify's compiler for Node front ends only (vtify build, the Vite/Rollup plugin): the persistent
// cache and the native type stripper. Apart from compiler/index.ts because the playground runs
// that in a browser; and nothing here loads TypeScript, so that a build served from the cache
// starts without it (front ends import compiler/index.ts only when they must compile).

import { createRequire } from 'node:module'

export { BuildCache, type CacheKey, type CacheRead, type Relocate, type Stale } from './cache/store.js'
export { defaultCacheDir } from './cache/cache-dir.js'
export { mergeInputs, programInputs } from './cache/program-inputs.js'
export type { InputRecord } from './cache/inputs.js'
export { versions, type Versions } from './cache/versions.js'
export { nativeStripper } from './load/strip-types.js'
export { codeFrame } from './diagnostics/code-frame.js'
export { Codes } from './diagnostics/codes.js'
export { withDocsLink } from './diagnostics/links.js'
export { PRIMITIVES, RUNTIME_MODULE } from '../runtime/surface.js'
export { isProgramFile } from './load/file-kinds.js'
export { isUnder } from './load/paths.js'
export { outputName } from './transform/output-names.js'
export { isInputError } from './load/input-error.js'
export { threadsMigrate } from './transform/migrating.js'
export { calledFromOtherModules } from './transform/cross-module.js'

/**
 * Keeps the code V8 compiled for TypeScript for the next process (code-cache.cjs). Required when
 * called, not imported: only a process that compiled calls it, and that one loaded the module
 * with TypeScript already; importing it here would load it into every build the cache answers.
 */
export function saveCodeCache(): void {
  ;(createRequire(import.meta.url)('#code-cache') as typeof import('#code-cache')).saveCodeCache()
}
