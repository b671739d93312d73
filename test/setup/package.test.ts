// What `npm i vtify` gets: built files and a LICENSE, no script run on install, and the compiler's
// dependencies optional, so that a runtime-only install leaves them out (node-server.test.ts runs
// a server from one).

import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { REPO, tempDir } from './install.js'

interface Manifest {
  license: string
  scripts: Record<string, string>
  dependencies?: Record<string, string>
  optionalDependencies: Record<string, string>
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Manifest

describe('the published package', () => {
  it('runs no script on install (npm warns about those): built files are shipped instead', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts, hook).not.toHaveProperty(hook)
    expect(manifest.scripts.prepack).toBe('npm run build')
    // a fresh clone has no dist/: the README's commands build before they use it
    expect(manifest.scripts.test).toMatch(/^npm run build && /)
    expect(manifest.scripts.start).toMatch(/^npm run build && /)
  })

  it('packs dist and the LICENSE, and no sources', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: REPO, encoding: 'utf8' })
    const files = (JSON.parse(out) as [{ files: Array<{ path: string }> }])[0].files.map((f) => f.path)
    for (const file of [
      'LICENSE',
      'dist/runtime/index.js',
      'dist/runtime/index.node.js',
      'dist/compiler/index.js',
      'dist/bundle/plugin.js',
      'dist/bundle/compile-worker.js',
      'dist/bundle/compiler.js',
      'dist/bundle/cli.js',
      'dist/ts-plugin/index.js',
      'dist/eslint-rules/recommended.js',
      'dist/cli/tsdk.js',
    ]) {
      expect(files, file).toContain(file)
    }
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([])
    expect(files.filter((f) => f.startsWith('node_modules/'))).toEqual([]) // nothing bundled: npm would take a bundled package's peers for bundled too
    expect(fs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/)
    expect(manifest.license).toBe('MIT')
  })

  // Specifier → [the bundle Node gets, the module tsc built it from] (bundle.mjs).
  const bundled: Record<string, [bundle: string, module: string]> = {
    'vtify/runtime': ['dist/runtime/index.node.js', 'dist/runtime/index.js'],
    'vtify/vite': ['dist/bundle/plugin.js', 'dist/plugin/index.js'],
    'vtify/rollup': ['dist/bundle/plugin.js', 'dist/plugin/index.js'],
    'vtify/compiler': ['dist/bundle/compiler.js', 'dist/compiler/index.js'],
  }

  it.each(Object.entries(bundled))('gives Node %s bundled (bundle.mjs), exporting what its module exports', (specifier, [bundle, module]) => {
    const script = [
      `const url = import.meta.resolve(${JSON.stringify(specifier)})`,
      'const names = (m) => Object.keys(m).sort().join()',
      `const same = names(await import(url)) === names(await import(${JSON.stringify(`./${module}`)}))`,
      'console.log(JSON.stringify({ url, same }))',
    ].join('\n')
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' })
    const { url, same } = JSON.parse(out) as { url: string; same: boolean }
    expect(url).toBe(pathToFileURL(path.join(REPO, bundle)).href)
    expect(same).toBe(true)
  })

  it('needs nothing but itself at run time: every dependency is optional', () => {
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.optionalDependencies).toHaveProperty('typescript')
    expect(manifest).not.toHaveProperty('bundleDependencies')
  })
})

describe('compiler/typescript.cjs, how the compiler loads TypeScript', () => {
  /** Load a copy of it from a directory whose node_modules hold `typescript` (a test double of 7) or nothing. */
  function load(typescript: 'absent' | '7'): string {
    const dir = tempDir('vtify-typescript-cjs-')
    for (const file of ['typescript.cjs', 'code-cache.cjs']) fs.copyFileSync(path.join(REPO, 'compiler', file), path.join(dir, file))
    if (typescript === '7') fs.cpSync(path.join(REPO, 'test/setup/fixtures/typescript-7'), path.join(dir, 'node_modules/typescript'), { recursive: true })
    const r = spawnSync(process.execPath, ['-e', 'require("./typescript.cjs")'], { cwd: dir, encoding: 'utf8' })
    fs.rmSync(dir, { recursive: true, force: true })
    return r.stderr
  }

  it('says an optional dependency is missing when TypeScript is not installed', () => {
    expect(load('absent')).toContain(
      'vtify: the compiler needs TypeScript 6, an optional dependency of vtify that is not installed (installed with --omit=optional?)',
    )
  })

  it('says which TypeScript it found when that one has no compiler API', () => {
    expect(load('7')).toContain("vtify: the compiler needs TypeScript 6, but require('typescript') found 7.0.2 without the compiler API")
  })
})
