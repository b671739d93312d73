// README "Recipes": every block is a complete module that type-checks and compiles (vtify build,
// no diagnostics); those that need neither network nor page run, with the results they promise.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO, tempDir } from './install.js'
import { readmeBlocks } from './readme.js'

const recipes = readmeBlocks('## Recipes').filter((b) => b.lang === 'ts')
let dir: string
const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['src'],
}

beforeAll(() => {
  dir = tempDir('vtify-recipes-')
  fs.mkdirSync(path.join(dir, 'src'))
  fs.mkdirSync(path.join(dir, 'node_modules'))
  fs.symlinkSync(REPO, path.join(dir, 'node_modules', 'vtify'), 'dir')
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }))
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(tsconfig))
  recipes.forEach((r, i) => fs.writeFileSync(path.join(dir, 'src', `recipe${i + 1}.ts`), r.text))
})

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** The exports of compiled recipe n (1-based). */
async function recipe(n: number): Promise<Record<string, (...args: never[]) => unknown>> {
  return (await import(pathToFileURL(path.join(dir, 'out', 'src', `recipe${n}.js`)).href)) as Record<string, (...args: never[]) => unknown>
}

describe('README recipes', () => {
  it('are eight complete modules that type-check', () => {
    expect(recipes).toHaveLength(8)
    const config = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!
    const program = ts.createProgram(config.fileNames, config.options)
    const messages = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    expect(messages).toEqual([])
  })

  it('compile with vtify build, and run as they say', async () => {
    execFileSync(process.execPath, [path.join(REPO, 'bin/vtify.js'), 'build', dir, '-o', path.join(dir, 'out')], { stdio: 'pipe' })
    // VT_run from the runtime the recipes import: `vtify/runtime` as the output's directory resolves it.
    fs.writeFileSync(path.join(dir, 'out', 'runtime.js'), "export { VT_run } from 'vtify/runtime'\n")
    const { VT_run } = (await import(pathToFileURL(path.join(dir, 'out', 'runtime.js')).href)) as typeof import('../../runtime/index.js')
    const run = <A extends unknown[], R>(f: (...args: A) => R, ...args: A): Promise<R> => VT_run(f, ...args)
    expect(await run((await recipe(3)).sumOfSquares as () => number)).toBe(338350)
    expect(await run((await recipe(4)).askWithin as (url: string, ms: number) => string, 'x', 1000)).toBe('answer from x')
    expect(await run((await recipe(5)).all as (ns: number[]) => number[], [3, 1, 2])).toEqual([6, 2, 4])
    expect(await ((await recipe(6)).handler as () => Promise<number>)()).toBe(42)
    expect(await run((await recipe(7)).checksum as (d: Uint8Array) => number, new Uint8Array([1, 2, 3]))).toBe((((1 * 31 + 2) >>> 0) * 31 + 3) >>> 0)
    const log: string[] = []
    await run((await recipe(8)).pollFor as (ms: number, log: string[]) => void, 2500, log)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(log).toEqual(['tick', 'tick', 'stopped'])
  }, 30_000)
})
