// Rollup 4's JS API with vtify(): TypeScript modules imported as `./x.ts` (written `./x.js` by the
// transform) resolve, the bundle runs under Node against the built runtime, and errors fail it.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { rollup, type RollupLog } from 'rollup'
import { afterAll, describe, expect, it } from 'vitest'
import vtify from '../../plugin/index.js'
import { FIXTURES, REPO, referenceLog, runNode } from './harness.js'

// Rollup cannot read the runtime's TypeScript source: the bundle imports the build (`npm run build`).
const BUILT_RUNTIME = path.join(REPO, 'dist/runtime/index.js')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-rollup-'))
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

/** Bundles the fixture's src/entry.ts into outDir/`name`, for Node against the built runtime: the bundle, and what the build logged. */
async function bundleEntry(root: string, name: string): Promise<{ file: string; logs: RollupLog[] }> {
  const logs: RollupLog[] = []
  const bundle = await rollup({
    input: path.join(root, 'src/entry.ts'),
    plugins: [vtify({ root })],
    external: ['vtify/runtime'],
    onLog: (_level, log) => void logs.push(log),
  })
  const file = path.join(outDir, name)
  try {
    await bundle.write({ file, format: 'es', paths: { 'vtify/runtime': pathToFileURL(BUILT_RUNTIME).href } })
  } finally {
    await bundle.close()
  }
  return { file, logs }
}

describe('rollup', () => {
  it('bundles a thread program that prints what the reference semantics prints', async () => {
    expect(fs.existsSync(BUILT_RUNTIME), 'run `npm run build` first').toBe(true)
    const root = path.join(FIXTURES, 'threads')
    const { file, logs } = await bundleEntry(root, 'main.mjs')
    expect(await runNode(file)).toEqual(await referenceLog(root, 'src/main.ts'))
    // A loaded machine can take over a second to analyse: progress lines may come before the summary.
    const progress = /^\[plugin vtify\] vtify: (\d+ of \d+ |generating )/
    expect(logs.map((l) => l.message).filter((m) => !progress.test(m))).toEqual([
      expect.stringMatching(
        /^\[plugin vtify\] vtify: 3 multistate functions in 3 of 4 modules, 3 thread starts \(VT_spawn\/VT_run\), deepest multistate call chain worker → step \(src\/worker\.ts:6\) → VT_yield \(src\/step\.ts:5\), largest continuation worker \(\d+ slots, ~\d+ bytes\) \((compiled: .+|from the cache: nothing it was built from changed)\)$/,
      ),
    ])
  })

  it('an error in a module the bundle does not import is a warning with its location', async () => {
    const root = path.join(FIXTURES, 'unbundled-error')
    const { file, logs } = await bundleEntry(root, 'unbundled.mjs')
    expect(await runNode(file)).toEqual(['done'])
    const warning = logs.find((l) => l.message.includes('VT1004'))
    expect(warning?.message).toContain('(not in this build: it does not import src/script.ts)')
    expect(warning?.loc).toEqual({ file: path.join(root, 'src/script.ts'), line: 4, column: 0 })
  })

  it('warns of VT3002 with its location and code frame, and builds a bundle that runs', async () => {
    const root = path.join(FIXTURES, 'unchecked-follow')
    const { file, logs } = await bundleEntry(root, 'unchecked.mjs')
    expect(await runNode(file)).toEqual(['done {"n":1}'])
    const warning = logs.find((l) => l.message.includes('VT3002'))
    expect(warning?.message).toMatch(/^\[plugin vtify\] .*VT3002: input \(any\) is live across VT_follow in main\(\), and it is typed any: /)
    expect(warning?.loc).toEqual({ file: path.join(root, 'src/entry.ts'), line: 8, column: 2 })
    expect(warning?.frame).toMatch(/> +8 \| {3}VT_follow\(stage\)\n +\| {3}\^{16}\n/)
  })

  it('fails on a diagnostic with its location and code frame', async () => {
    const root = path.join(FIXTURES, 'recursion')
    const error = await rollup({ input: path.join(root, 'src/main.ts'), plugins: [vtify({ root })], external: ['vtify/runtime'] }).then(
      () => undefined,
      (e: unknown) => e as RollupLog,
    )
    expect(error?.message).toContain('VT1001: Recursion among multistate functions')
    // Stopped at the first module of the cycle Rollup transforms; the location is the call that closes it.
    expect(error?.id).toBe(path.join(root, 'src/main.ts'))
    expect(error?.loc).toEqual({ file: path.join(root, 'src/pong.ts'), line: 4, column: 9 })
    expect(error?.frame).toContain('> 4 |   return ping(n)')
  })

  it('leaves modules outside the include filter untouched', async () => {
    const root = path.join(FIXTURES, 'threads')
    // Excluding worker.ts: Rollup then reads its TypeScript unchanged and cannot parse it.
    const failed = await rollup({
      input: path.join(root, 'src/entry.ts'),
      plugins: [vtify({ root, exclude: ['**/worker.ts'] })],
      external: ['vtify/runtime'],
    }).then(
      () => undefined,
      (e: unknown) => e as RollupLog,
    )
    expect(failed?.id).toBe(path.join(root, 'src/worker.ts'))
  })
})
