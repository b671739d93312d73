// The versions a cache entry is only valid for: vtify's (the transform's rules change between
// releases, and between builds of a checkout) and TypeScript's (its checker decides what the
// analysis sees). Read from the packages' package.json files, so that a cache hit does not load
// TypeScript.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface Versions {
  vtify: string
  typescript: string
  /** compilerBuild(): entries written by another build of the same version are not trusted. */
  build: number
}

let found: Versions | undefined

export function versions(): Versions {
  found ??= { vtify: vtifyVersion(), typescript: typescriptVersion(), build: compilerBuild() }
  return found
}

/**
 * The newest modification time of the compiler's own files: in a checkout of vtify (a linked
 * install, its own tests) the compiler changes without a new version, and an entry written by
 * the previous build must not be trusted. An installed package's files all keep one time.
 */
function compilerBuild(): number {
  const newest = (dir: string): number =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((max, entry) => {
      const file = path.join(dir, entry.name)
      return Math.max(max, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs)
    }, 0)
  const here = path.dirname(fileURLToPath(import.meta.url))
  // As modules, this is compiler/cache/ (the compiler is its parent); bundled (bundle.mjs), the
  // bundle's directory holds the compiler with the plugin and the CLI.
  return newest(path.basename(here) === 'cache' ? path.dirname(here) : here)
}

/** vtify's package.json: above this file, in the source tree (compiler/cache) and in dist (dist/compiler/cache). */
function vtifyVersion(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const manifest = readJson(path.join(dir, 'package.json'))
    if (manifest?.name === 'vtify' && typeof manifest.version === 'string') return manifest.version
    if (path.dirname(dir) === dir) throw new Error("vtify: cannot find vtify's own package.json")
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
