// The native type stripper for Node front ends (vtify build, the Rollup plugin): oxc-transform,
// ~50× faster than ts.transpileModule on generated code (docs/benchmarks.md, "Type stripping").
// Not reachable from compiler/index.ts: the playground runs the compiler in a browser.

import { createRequire } from 'node:module'
import type { TypeStripper } from '../transform/module.js'

type Oxc = typeof import('oxc-transform')

/** Loaded on first use: a build served from the cache never needs it. */
let oxc: Oxc | null | undefined

function load(): Oxc | null {
  // oxc-transform is an optional dependency (a native binary per platform): without it,
  // TypeScript's own stripper does the work, slower.
  try {
    oxc ??= createRequire(import.meta.url)('oxc-transform') as Oxc
  } catch {
    oxc = null
  }
  return oxc
}

/**
 * Strips with oxc-transform; a module it would emit otherwise than TypeScript does for the
 * project (`needs`, compiler/transform/emit-needs.ts), or reports errors in, is left to TypeScript.
 */
export const nativeStripper: TypeStripper = (text, fileName, needs) => {
  const native = needs.typeScriptOnly ? null : load()
  if (!native) return undefined
  const typescript = { rewriteImportExtensions: 'rewrite' as const, onlyRemoveTypeImports: needs.verbatimModuleSyntax }
  const out = native.transformSync(fileName, text, { sourcemap: true, target: 'es2022', typescript })
  // A helper (to lower `using`, say) would be imported from @oxc-project/runtime, which the
  // output cannot count on; TypeScript writes its helpers into the module.
  if (out.errors.length > 0 || !out.map || Object.keys(out.helpersUsed).length > 0) return undefined
  return { code: out.code, map: JSON.stringify(out.map) }
}
