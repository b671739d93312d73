// A user's project as npm lays it out, without the network (CI has none): vtify from `npm pack` of
// this repository, its dependencies and the project's hard-linked or symlinked from this
// repository's node_modules (the lockfile's versions). The layout is what npm 11 produced for
// `npm i -D vtify` in a fresh create-vite app on TypeScript 7.0.2 (checked once with the
// network): TypeScript 6 and the typescript-eslint packages that require it are nested under
// node_modules/vtify, everything else at the top — ts-api-utils too, where its require('typescript')
// finds the project's TypeScript 7 (vtify/eslint redirects it: eslint-rules/own-typescript.ts).

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = fileURLToPath(new URL('../../', import.meta.url))
const MODULES = path.join(REPO, 'node_modules')
const TYPESCRIPT_7 = fileURLToPath(new URL('./fixtures/typescript-7', import.meta.url))

/** Packages npm nests under node_modules/vtify when the project's TypeScript is 7: they require('typescript'). */
const NESTED = ['typescript', '@typescript-eslint']
/** Hoisted to the project's node_modules as a real directory: it resolves `typescript` from there. */
const HOISTED = ['ts-api-utils']
/** Not a dependency of the project: left out of its node_modules. */
const LEFT_OUT = new Set(['.bin', '.cache', '.vite', '.package-lock.json', ...HOISTED, ...NESTED])

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** `npm pack` of this repository (built by `npm test` before the tests), unpacked: what `npm i vtify` puts in node_modules/vtify. */
export function packedVtify(): string {
  if (!fs.existsSync(path.join(REPO, 'dist/runtime/index.js'))) throw new Error('vtify is not built: npm run build')
  const dir = tempDir('vtify-pack-')
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: REPO, encoding: 'utf8' })
  const [packed] = JSON.parse(out) as [{ filename: string }]
  execFileSync('tar', ['xzf', path.join(dir, packed.filename), '-C', dir])
  return path.join(dir, 'package')
}

/** A copy of a directory tree made of hard links (same file system) — cheap, and real paths inside `to`. */
function linkCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  execFileSync('cp', ['-al', from, to])
}

/**
 * node_modules for `app` with vtify installed: `typescript` is `projectTypeScript` ('7': the test
 * double of TypeScript 7's package; '6': the lockfile's TypeScript, at the top as npm hoists it);
 * `omitOptional`: vtify alone, as `npm ci --omit=optional` installs it.
 */
export function install(app: string, packed: string, options: { typescript: '6' | '7'; omitOptional?: boolean }): void {
  const modules = path.join(app, 'node_modules')
  fs.mkdirSync(modules, { recursive: true })
  fs.cpSync(packed, path.join(modules, 'vtify'), { recursive: true })
  if (options.omitOptional) return
  for (const name of fs.readdirSync(MODULES)) {
    if (!LEFT_OUT.has(name) && name !== 'vtify') fs.symlinkSync(path.join(MODULES, name), path.join(modules, name))
  }
  const nested = options.typescript === '7' ? path.join(modules, 'vtify', 'node_modules') : modules
  for (const name of NESTED) linkCopy(path.join(MODULES, name), path.join(nested, name))
  for (const name of HOISTED) linkCopy(path.join(MODULES, name), path.join(modules, name))
  if (options.typescript === '7') fs.cpSync(TYPESCRIPT_7, path.join(modules, 'typescript'), { recursive: true })
}
