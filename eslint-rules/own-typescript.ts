// Loaded first by vtify/eslint: a `require('typescript')` that would find a TypeScript without the
// compiler API (TypeScript 7 exports only its version) gets vtify's own TypeScript 6 instead.
// typescript-eslint's packages are nested under vtify beside that TypeScript and find it anyway,
// but npm hoists their dependency ts-api-utils (peer range "typescript >=4.8.4") to the project's
// node_modules, where it would find the project's TypeScript 7 and fail on the first comment.
// Resolutions that find a TypeScript with its compiler API (lib/typescript.js) are left alone.

import Module, { createRequire } from 'node:module'
import path from 'node:path'

type Resolve = (request: string, parent: unknown, ...rest: unknown[]) => string
const loader = Module as unknown as { _resolveFilename: Resolve }
const COMPILER_API = path.join('lib', 'typescript.js')

function ownTypeScript(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('typescript')
  } catch {
    return undefined // installed without optional dependencies: nothing to offer instead
  }
}

const own = ownTypeScript()
if (own !== undefined && own.endsWith(COMPILER_API)) {
  const resolve = loader._resolveFilename
  loader._resolveFilename = function (this: unknown, request, parent, ...rest) {
    const found = resolve.call(this, request, parent, ...rest)
    return request === 'typescript' && !found.endsWith(COMPILER_API) ? own : found
  }
}
