// The plugin's persistent cache across builds (each build a new plugin instance, as in a new
// process): a build with nothing changed is served from the cache, byte for byte what a build
// without the cache gives; a damaged entry or a changed input (a dependency's .d.ts) is not used.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { rollup, type RollupLog } from 'rollup'
import { build, type Rolldown } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import vtify from '../../plugin/index.js'
import { REPO, RUNTIME_SOURCE, SRC_TSCONFIG, scratch, write } from './harness.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const PROGRAM = {
  'tsconfig.json': SRC_TSCONFIG,
  'src/main.ts':
    "import { VT_run } from 'vtify/runtime'\nimport { worker } from './worker.ts'\n\nexport function main(): number {\n  return worker() * 2\n}\n\nvoid VT_run(main)\n",
  'src/worker.ts':
    "import { VT_yield } from 'vtify/runtime'\nimport { scale } from 'dep'\n\nexport function worker(): number {\n  VT_yield()\n  return scale(21)\n}\n",
  'node_modules/dep/package.json': JSON.stringify({ name: 'dep', types: 'index.d.ts', main: 'index.js' }),
  'node_modules/dep/index.d.ts': 'export declare function scale(n: number): number\n',
  'node_modules/dep/index.js': 'export function scale(n) { return n }\n',
}

/** A Rollup build of src/main.ts; the bundle's code and the summary line. */
async function rollupBuild(root: string, cache: string | false): Promise<{ code: string; summary: string }> {
  const logs: RollupLog[] = []
  const bundle = await rollup({
    input: path.join(root, 'src/main.ts'),
    plugins: [vtify({ root, cache })],
    external: ['vtify/runtime', 'dep'],
    onLog: (_level, log) => void logs.push(log),
  })
  try {
    const { output } = await bundle.generate({ format: 'es' })
    return { code: output[0].code, summary: logs.map((l) => l.message).find((m) => m.includes('multistate function')) ?? '' }
  } finally {
    await bundle.close()
  }
}

/** A Vite library build of src/main.ts (output kept TypeScript by vtify, stripped by Vite). */
async function viteBuild(root: string, cache: boolean): Promise<{ code: string; summary: string }> {
  const logs: string[] = []
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [vtify({ cache })],
    resolve: { alias: { 'vtify/runtime': RUNTIME_SOURCE } },
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/main.ts', formats: ['es'], fileName: 'main' },
      rolldownOptions: { external: ['dep'], onLog: (_level: Rolldown.LogLevel, log: Rolldown.RollupLog) => void logs.push(log.message) },
    },
  })
  const [result] = Array.isArray(out) ? out : [out]
  if (!result || !('output' in result)) throw new Error('vite build gave no output')
  return { code: result.output[0].code, summary: logs.find((m) => m.includes('multistate function')) ?? '' }
}

/** A Rollup build with the packaged plugin in a process of its own: the TypeScript modules that process loaded. */
function typeScriptLoadedByBuild(root: string, cache: string): string[] {
  const script = [
    "import { createRequire } from 'node:module'",
    "import { rollup } from 'rollup'",
    `const { default: vtify } = await import(${JSON.stringify(path.join(REPO, 'dist/bundle/plugin.js'))})`,
    `const root = ${JSON.stringify(root)}`,
    `const bundle = await rollup({ input: root + '/src/main.ts', plugins: [vtify({ root, cache: ${JSON.stringify(cache)} })], external: ['vtify/runtime', 'dep'], onLog() {} })`,
    "await bundle.generate({ format: 'es' })",
    'await bundle.close()',
    'const loaded = Object.keys(createRequire(import.meta.url).cache)',
    'console.log(JSON.stringify(loaded.filter((file) => /[\\\\/]typescript[\\\\/]/.test(file))))',
  ].join('\n')
  const file = path.join(REPO, 'node_modules', '.cache', `vtify-loads-${process.pid}.mjs`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, script)
  try {
    return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as string[]
  } finally {
    fs.rmSync(file, { force: true })
  }
}

describe('persistent cache', () => {
  it('a build the cache answers loads no TypeScript (the packaged plugin, a process of its own)', () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    expect(typeScriptLoadedByBuild(dir, cacheDir)).not.toEqual([])
    expect(typeScriptLoadedByBuild(dir, cacheDir)).toEqual([])
  })

  it('Rollup: the second build comes from the cache, byte for byte the uncached build', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    const uncached = await rollupBuild(dir, false)
    const first = await rollupBuild(dir, cacheDir)
    const second = await rollupBuild(dir, cacheDir)
    expect(uncached.code).toContain('function worker$sm(k)')
    expect(first.summary).toMatch(/\(compiled: nothing cached yet\)$/)
    expect(second.summary).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    expect(first.code).toBe(uncached.code)
    expect(second.code).toBe(uncached.code)
  })

  it("Vite: cached and uncached builds give the same bundle; the cache lives in Vite's cacheDir", async () => {
    dir = scratch(PROGRAM)
    const uncached = await viteBuild(dir, false)
    expect(fs.existsSync(path.join(dir, 'node_modules/.vite/vtify'))).toBe(false)
    await viteBuild(dir, true)
    expect(fs.readdirSync(path.join(dir, 'node_modules/.vite/vtify')).some((f) => f.endsWith('.json'))).toBe(true)
    const cached = await viteBuild(dir, true)
    expect(cached.summary).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    expect(cached.code).toBe(uncached.code)
  })

  it("Vite: a fresh checkout at the same path reads the cache restored into it (CI's case: every file newer, node_modules made again)", async () => {
    dir = scratch(PROGRAM)
    const uncached = await viteBuild(dir, true)
    const kept = path.join(dir, '..', `${path.basename(dir)}-kept`)
    fs.cpSync(path.join(dir, 'node_modules/.vite/vtify'), kept, { recursive: true })
    fs.rmSync(path.join(dir, 'node_modules'), { recursive: true })
    const later = new Date(Date.now() + 60_000)
    for (const [file, text] of Object.entries(PROGRAM)) {
      write(dir, file, text)
      fs.utimesSync(path.join(dir, file), later, later)
    }
    fs.cpSync(kept, path.join(dir, 'node_modules/.vite/vtify'), { recursive: true })
    fs.rmSync(kept, { recursive: true })
    const restored = await viteBuild(dir, true)
    expect(restored.summary).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    expect(restored.code).toBe(uncached.code)
  })

  it('Vite: a checkout at another path reads the cache moved with it, and a build after an edit there starts from it', async () => {
    dir = scratch(PROGRAM)
    await viteBuild(dir, true)
    const moved = `${dir}-moved`
    fs.renameSync(dir, moved)
    dir = moved // removed after the test
    const there = await viteBuild(dir, true)
    expect(there.summary).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    expect(there.code).toBe((await viteBuild(dir, false)).code)
    write(dir, 'src/worker.ts', PROGRAM['src/worker.ts']!.replace('scale(21)', 'scale(22)'))
    const edited = await viteBuild(dir, true)
    expect(edited.summary).toMatch(/\(compiled: .*src\/worker\.ts changed; from the cache: the facts of 1 of \d+ files/)
    expect(edited.code).toContain('scale(22)')
    expect(edited.code).toBe((await viteBuild(dir, false)).code)
  })

  it('does not use a truncated entry, nor a truncated module output', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    const { code } = await rollupBuild(dir, cacheDir)
    const manifest = fs.readdirSync(cacheDir).find((f) => f.endsWith('.json'))!
    const text = fs.readFileSync(path.join(cacheDir, manifest), 'utf8')
    fs.writeFileSync(path.join(cacheDir, manifest), text.slice(0, text.length / 2))
    const afterManifest = await rollupBuild(dir, cacheDir)
    expect(afterManifest.summary).toMatch(/\(compiled: the cache entry was damaged\)$/)
    expect(afterManifest.code).toBe(code)
    for (const blob of fs.readdirSync(path.join(cacheDir, 'blobs'))) fs.truncateSync(path.join(cacheDir, 'blobs', blob), 10)
    const afterBlobs = await rollupBuild(dir, cacheDir)
    expect(afterBlobs.summary).toMatch(/\(compiled: a cached module was missing or damaged\)$/)
    expect(afterBlobs.code).toBe(code)
  })

  it("compiles again when a dependency's package.json changes: it decides which .d.ts an import reads", async () => {
    dir = scratch({ ...PROGRAM, 'node_modules/dep/other.d.ts': 'export declare function scale(n: number): number\n' })
    const cacheDir = path.join(dir, 'cache')
    await rollupBuild(dir, cacheDir)
    const manifest = path.join(dir, 'node_modules/dep/package.json')
    write(dir, 'node_modules/dep/package.json', JSON.stringify({ name: 'dep', types: 'other.d.ts', main: 'index.js' }))
    const after = await rollupBuild(dir, cacheDir)
    expect(after.summary).toContain(`(compiled: ${manifest} changed)`)
    expect(after.code).toBe((await rollupBuild(dir, false)).code)
  })

  it("compiles again when a dependency's .d.ts changes, and when a source file is added", async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    await rollupBuild(dir, cacheDir)
    write(dir, 'node_modules/dep/index.d.ts', 'export declare function scale(n: number): number\nexport declare const factor: number\n')
    const afterTypes = await rollupBuild(dir, cacheDir)
    expect(afterTypes.summary).toContain(`(compiled: ${path.join(dir, 'node_modules/dep/index.d.ts')} changed)`)
    expect(afterTypes.code).toBe((await rollupBuild(dir, false)).code)
    write(dir, 'src/extra.ts', 'export const extra = 1\n')
    expect((await rollupBuild(dir, cacheDir)).summary).toContain(`(compiled: ${path.join(dir, 'src')} changed)`)
  })
})
