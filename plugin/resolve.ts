// The transform writes relative imports with JavaScript extensions (`./lib.ts` → `./lib.js`), as
// TypeScript's NodeNext style does. Vite maps those back to the .ts file itself; Rollup does not, so
// the plugin resolves them to the project's TypeScript module.

import path from 'node:path'

/** A relative specifier with a JavaScript extension: the only ones that may name a .ts module. */
export const JS_SPECIFIER = /^\.\.?\/.*\.(?:m?js|jsx)$/

const TS_FOR_JS: readonly (readonly [string, readonly string[]])[] = [
  ['.mjs', ['.mts']],
  ['.jsx', ['.tsx']],
  ['.js', ['.ts', '.tsx']],
]

/** The TypeScript files `source` (imported from `importer`) may name, in the order to try them. */
export function typeScriptCandidates(source: string, importer: string): string[] {
  const target = path.resolve(path.dirname(importer), source)
  const [ext, tsExts] = TS_FOR_JS.find(([js]) => target.endsWith(js)) ?? ['', []]
  const stem = target.slice(0, target.length - ext.length)
  return tsExts.map((tsExt) => stem + tsExt)
}
