// A real `vite build` with vtify(): the bundle runs under Node and prints what the program prints
// under the reference semantics; a program with an error fails the build with a code frame.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { build, type Plugin, type Rolldown } from 'vite'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import { afterAll, describe, expect, it } from 'vitest'
import { analyzePath } from '../../compiler/index.js'
import vtify from '../../plugin/index.js'
import { FIXTURES, RUNTIME_SOURCE, referenceLog, runNode, scratch, viteLibBuild } from './harness.js'

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-vite-build-'))
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

function viteBuild(root: string, entry: string, logs: string[] = [], sourcemap = false): Promise<void> {
  return viteLibBuild(root, entry, outDir, { logs, sourcemap })
}

describe('vite build', () => {
  it('bundles a thread program that prints what the reference semantics prints', async () => {
    const root = path.join(FIXTURES, 'threads')
    const logs: string[] = []
    await viteBuild(root, 'src/entry.ts', logs)
    const printed = await runNode(path.join(outDir, 'main.js'))
    expect(printed).toEqual(await referenceLog(root, 'src/main.ts'))
    expect(printed).toContain('a 2') // the threads did interleave and finish
    // worker's continuation merges step's (a CPS call across modules): the largest.
    expect(logs).toContainEqual(
      expect.stringMatching(
        /^vtify: 3 multistate functions in 3 of 4 modules, 3 thread starts \(VT_spawn\/VT_run\), deepest multistate call chain worker → step \(src\/worker\.ts:6\) → VT_yield \(src\/step\.ts:5\), largest continuation worker \(\d+ slots, ~\d+ bytes\) \((compiled: .+|from the cache: nothing it was built from changed)\)$/,
      ),
    )
  })

  it('with build.sourcemap, maps the bundle back to the original TypeScript', async () => {
    const root = path.join(FIXTURES, 'threads')
    await viteBuild(root, 'src/entry.ts', [], true)
    const mapText = fs.readFileSync(path.join(outDir, 'main.js.map'), 'utf8')
    const map = JSON.parse(mapText) as { sources: string[] }
    const sources = map.sources.map((s) => path.resolve(outDir, s))
    for (const file of ['main.ts', 'worker.ts', 'step.ts']) expect(sources).toContain(path.join(root, 'src', file))
    // A statement of a state machine, after a boundary, traced through vtify's map and the bundler's.
    const bundle = fs.readFileSync(path.join(outDir, 'main.js'), 'utf8')
    const source = fs.readFileSync(path.join(root, 'src/main.ts'), 'utf8')
    const lineOf = (text: string, snippet: string): number => text.slice(0, text.indexOf(snippet)).split('\n').length
    const line = lineOf(bundle, 'push(`total ${')
    const traced = originalPositionFor(new TraceMap(mapText), { line, column: bundle.split('\n')[line - 1]!.indexOf('push') })
    expect(traced.source && path.resolve(outDir, traced.source)).toBe(path.join(root, 'src/main.ts'))
    expect(traced.line).toBe(lineOf(source, 'log.push(`total ${total}`)'))
  })

  it('hands on a source map only when the build makes one, as the TypeScript transform of Vite does', async () => {
    const root = path.join(FIXTURES, 'threads')
    /** What a plugin after vtify sees of the module's map: its sources and whether it maps anything. */
    const mapSeen = async (sourcemap: boolean): Promise<string[]> => {
      const seen: string[] = []
      const spy: Plugin = {
        name: 'spy',
        enforce: 'pre',
        transform(_code, id) {
          if (!id.endsWith('/src/main.ts')) return null
          const map = this.getCombinedSourcemap()
          seen.push(`${map.sources.map((s) => path.basename(s)).join()} ${map.mappings.length > 0 ? 'maps' : 'empty'}`)
          return null
        },
      }
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [vtify(), spy],
        resolve: { alias: { 'vtify/runtime': RUNTIME_SOURCE } },
        build: { write: false, sourcemap, lib: { entry: 'src/entry.ts', formats: ['es'] } },
      })
      return seen
    }
    expect(await mapSeen(true)).toEqual(['main.ts maps'])
    expect(await mapSeen(false)).toEqual([' empty'])
  })

  it('builds a bundle that does not import the module with an error, and warns about that error', async () => {
    const root = path.join(FIXTURES, 'unbundled-error')
    const logs: string[] = []
    await viteBuild(root, 'src/entry.ts', logs)
    expect(await runNode(path.join(outDir, 'main.js'))).toEqual(['done'])
    expect(logs).toContainEqual(expect.stringMatching(/^VT1004: `VT_sleep` can suspend .* \(not in this build: it does not import src\/script\.ts\)$/s))
  })

  it('warns of VT0002 at the import of a primitive in a module outside the program, and leaves that module as it is', async () => {
    const root = scratch({
      'package.json': JSON.stringify({ type: 'module' }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022' }, include: ['src'] }),
      'src/work.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function work(): number {\n  VT_yield()\n  return 1\n}\n",
      // Outside "include": a thread of its own, which cannot suspend there.
      'scripts/run.ts':
        "import { VT_run, type VThread, VT_yield as pause } from 'vtify/runtime'\nimport { work } from '../src/work.ts'\n\n" +
        'function mine(): number {\n  pause()\n  return 2\n}\n\n' +
        "VT_run(work).then((n) => console.log(`work ${n}`))\nVT_run(mine).then(\n  () => console.log('mine returned'),\n  () => console.log('mine failed'),\n)\nexport type T = VThread\n",
    })
    try {
      const logs: string[] = []
      await viteBuild(root, 'scripts/run.ts', logs)
      const warning = logs.find((l) => l.startsWith('VT0002'))
      expect(warning).toBe(
        `VT0002: this module imports VT_yield but is not part of the program vtify compiles (${path.join(root, 'tsconfig.json')}), so its functions are left as they are ` +
          `and a call of VT_yield in them fails when it runs. Add the file to that tsconfig's "include" (or "files"), or give vtify({ tsconfig }) one that has it. ` +
          'See https://github.com/vtify/vtify/blob/main/docs/errors.md#vt0002',
      )
      expect(logs.filter((l) => l.startsWith('VT0002'))).toHaveLength(1) // src/work.ts is in the program: no warning
      // The warning says what happens: the thread in the program suspends, the other cannot.
      expect((await runNode(path.join(outDir, 'main.js'))).sort()).toEqual(['mine failed', 'work 1'])
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('warns of VT3002 and builds a bundle that runs', async () => {
    const root = path.join(FIXTURES, 'unchecked-follow')
    const logs: string[] = []
    await viteBuild(root, 'src/entry.ts', logs)
    expect(await runNode(path.join(outDir, 'main.js'))).toEqual(['done {"n":1}'])
    expect(logs).toContainEqual(expect.stringMatching(/^VT3002: input \(any\) is live across VT_follow in main\(\), and it is typed any: .*#vt3002$/s))
  })

  it('fails on a diagnostic with file:line:column as vtify analyze prints it, a code frame, and no stack of the plugin', async () => {
    const root = path.join(FIXTURES, 'recursion')
    const error = await failedBuild(root, 'src/pong.ts')
    const first = error?.errors?.[0]
    expect(first?.message).toContain('VT1001: Recursion among multistate functions: ping → pong')
    // Vite prints `file:line:column` as editors read it: the 1-based column of the CLI's report.
    const [diagnostic] = analyzePath(root).diagnostics
    expect(diagnostic?.column).toBe(10)
    expect(first?.loc).toEqual({ file: path.join(root, 'src/pong.ts'), line: 4, column: diagnostic!.column })
    expect(first?.frame).toContain('> 4 |   return ping(n)\n    |          ^^^^^^^')
    // What Vite prints of the error ends with the frame: no `    at …` lines of the hook that threw.
    // Rolldown colours the message when the terminal (or CI's FORCE_COLOR) allows it.
    const printed = stripVTControlCharacters(error?.message ?? '')
    expect(printed).toContain('[plugin vtify] ' + path.join(root, 'src/pong.ts') + ':4:10\n')
    expect(printed).toMatch(/\|\s+\^{7}\n {2}5 \| }\n {2}6 \| \n?$/)
    expect(printed).not.toMatch(/\n\s+at /)
  })

  it('names the place of a diagnostic in another file in the message, not after the name of the module it stops', async () => {
    const root = path.join(FIXTURES, 'recursion')
    const first = (await failedBuild(root, 'src/main.ts'))?.errors?.[0]
    expect(first?.id).toBe(path.join(root, 'src/main.ts'))
    expect(first?.loc).toBeUndefined()
    expect(first?.message).toMatch(
      /^src\/pong\.ts:4:10 - VT1001: Recursion among multistate functions: .* \(it involves src\/main\.ts, which is therefore not compiled\)$/s,
    )
    expect(first?.frame).toContain('> 4 |   return ping(n)')
  })
})

/** The error a build of `entry` fails with. */
async function failedBuild(root: string, entry: string): Promise<(Error & { errors?: Rolldown.RollupError[] }) | undefined> {
  return viteBuild(root, entry).then(
    () => undefined,
    (e: unknown) => e as Error & { errors?: Rolldown.RollupError[] },
  )
}
