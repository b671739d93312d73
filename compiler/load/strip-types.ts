// The native type stripper for Node front ends (vtify build, the Rollup plugin): oxc-transform,
// ~50× faster than ts.transpileModule on generated code (docs/benchmarks.md, "Type stripping").
// Not reachable from compiler/index.ts: the playground runs the compiler in a browser.

import { createRequire } from 'node:module'
import ts from '#typescript'
import { definesClassFields, type StripSource, type TypeStripper } from '../transform/module.js'

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
 * project, or reports errors in, is left to TypeScript.
 */
export const nativeStripper: TypeStripper = (text, fileName, from) => {
  const native = emitsAsTypeScript(from) ? load() : null
  if (!native) return undefined
  // verbatimModuleSyntax keeps an import that only its types use, as written (its module's side effects with it).
  const onlyRemoveTypeImports = from.options.verbatimModuleSyntax === true
  const out = native.transformSync(fileName, text, {
    sourcemap: true,
    target: 'es2022',
    typescript: { rewriteImportExtensions: 'rewrite', onlyRemoveTypeImports },
  })
  // A helper (to lower `using`, say) would be imported from @oxc-project/runtime, which the
  // output cannot count on; TypeScript writes its helpers into the module.
  if (out.errors.length > 0 || !out.map || Object.keys(out.helpersUsed).length > 0) return undefined
  return { code: out.code, map: JSON.stringify(out.map) }
}

/**
 * Whether oxc, given no options but the target, emits the module as TypeScript would for the
 * project: not with legacy decorators or class fields assigned rather than defined, nor JSX
 * (the tsconfig's `jsx` options, which oxc is not given, decide its runtime), nor with decorators
 * or `accessor` fields, which it leaves as written at ES2022 (a SyntaxError in Node).
 */
function emitsAsTypeScript({ source, options }: StripSource): boolean {
  if (options.experimentalDecorators || !definesClassFields(options) || /\.[jt]sx$/.test(source.fileName)) return false
  return !(source.text.includes('@') || source.text.includes('accessor')) || !decoratedOrAccessor(source)
}

function decoratedOrAccessor(node: ts.Node): boolean {
  if (ts.canHaveDecorators(node) && (ts.getDecorators(node)?.length ?? 0) > 0) return true
  if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.AccessorKeyword)) return true
  return ts.forEachChild(node, (child) => decoratedOrAccessor(child) || undefined) ?? false
}
