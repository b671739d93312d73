// TypeScript, loaded with require. Importing its 9 MB CommonJS file from an ES module makes Node
// scan the whole file for named exports (~0.5 s on every start); `(0, require)` keeps that scan
// from following into it: only the default export is used.
'use strict'
module.exports = (0, require)('typescript')
