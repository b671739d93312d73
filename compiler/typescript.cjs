// TypeScript, loaded as CommonJS. Importing its 9 MB CommonJS file from an ES module makes Node
// scan the whole file for named exports (~0.5 s on every start); loaded from here only the default
// export is used, and through V8's code cache (code-cache.cjs).
// Resolved from vtify's own directory: in a project on TypeScript 7 (no JavaScript compiler API)
// npm installs vtify's TypeScript 6 under node_modules/vtify, and this finds that one. It is an
// optional dependency, so that a runtime-only install can leave it out; then the compiler says so.
'use strict'
const { requireCached } = require('./code-cache.cjs')
let ts
try {
  ts = requireCached(require.resolve('typescript'))
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    throw new Error(
      'vtify: the compiler needs TypeScript 6, an optional dependency of vtify that is not installed (installed with --omit=optional?). vtify/runtime alone does not need it.',
      { cause: error },
    )
  }
  throw error
}
if (typeof ts.createProgram !== 'function') {
  throw new Error(
    `vtify: the compiler needs TypeScript 6, but require('typescript') found ${ts.version ?? 'a TypeScript'} without the compiler API (TypeScript 7?): reinstall vtify so that npm gives it its own TypeScript 6.`,
  )
}
module.exports = ts
