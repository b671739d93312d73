// The versions a cache entry is only valid for: vtify's (the transform's rules change between
// releases) and TypeScript's (its checker decides what the analysis sees). Read from the
// packages' package.json files, so that a cache hit does not load TypeScript.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Versions {
  vtify: string
  typescript: string
}

let found: Versions | undefined

export function versions(): Versions {
  found ??= { vtify: vtifyVersion(), typescript: typescriptVersion() }
  return found
}

/** vtify's package.json: above this file, in the source tree (compiler/cache) and in dist (dist/compiler/cache). */
function vtifyVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = readJson(path.join(dir, 'package.json'))
    if (manifest?.name === 'vtify' && typeof manifest.version === 'string') return manifest.version
    if (path.dirname(dir) === dir) throw new Error('vtify: cannot find vtify\'s own package.json')
  }
}

function typescriptVersion(): string {
  const manifest = readJson(createRequire(import.meta.url).resolve('typescript/package.json'))
  if (typeof manifest?.version !== 'string') throw new Error('vtify: cannot read the version of the installed TypeScript')
  return manifest.version
}

function readJson(file: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown }
  } catch {
    return undefined
  }
}
