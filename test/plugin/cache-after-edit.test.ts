// A build after an edit starts from the cache's entry of the build before it (each build a new
// BuildSession, as in a new process): the facts of files the edit cannot reach and the output of
// modules it cannot change are reused. Whatever the edit, every module's code and map, the errors
// and the summary must be byte for byte those of a build without the cache — and of a watch
// rebuild in one process, which reuses the same way.

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Compilation } from '../../plugin/compilation.js'
import { BuildSession } from '../../plugin/session.js'
import type { BuildView } from '../../plugin/view.js'
import { SRC_TSCONFIG, buildSnapshot, scratch, write } from './harness.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const PROGRAM = {
  'tsconfig.json': SRC_TSCONFIG,
  'src/io.ts': "import { VT_read } from 'vtify/runtime'\n\nexport function readOne(ch: object): number {\n  return VT_read(ch, new Uint8Array(1))\n}\n",
  // Imports VT_yield from the start: making mix multistate then leaves the file's surface as it is.
  'src/util.ts':
    "import { VT_yield } from 'vtify/runtime'\n\n" +
    'export function mix(x: number): number {\n  let acc = x\n  for (let i = 0; i < 4; i++) acc = (acc * 31 + i) % 97\n  return acc\n}\n\n' +
    'export function scale(n: number) {\n  return n * 2\n}\n',
  'src/worker.ts':
    "import { VT_yield } from 'vtify/runtime'\nimport { readOne } from './io.ts'\nimport { mix, scale } from './util.ts'\n\n" +
    'export class Worker {\n  count = 0\n  step(ch: object): number {\n    this.count += mix(readOne(ch)) + scale(1)\n    VT_yield()\n    return this.count\n  }\n}\n',
  'src/main.ts':
    "import { VT_run, VT_spawn } from 'vtify/runtime'\nimport { Worker } from './worker.ts'\nimport { mix } from './util.ts'\nimport { lonely } from './lonely.ts'\n\n" +
    'export function main(): number {\n  VT_spawn(lonely, 1)\n  const w = new Worker()\n  return w.step({}) + mix(2)\n}\n\nvoid VT_run(main)\n',
  'src/lonely.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function lonely(n: number): number {\n  VT_yield()\n  return n + 1\n}\n",
}

interface Edit {
  what: string
  file: string
  change: (text: string) => string
  /** The summary's account of what came from the cache. */
  reused: string
}

const replace = (from: string, to: string) => (text: string) => {
  const out = text.replace(from, to)
  if (out === text) throw new Error(`edit did not apply: ${from}`)
  return out
}

const EDITS: Edit[] = [
  {
    what: 'a body edit under a written return type',
    file: 'src/util.ts',
    change: replace('% 97', '% 89'),
    reused: 'the facts of 4 of 5 files, the output of 4 of 5 modules',
  },
  {
    what: 'a body edit that changes an inferred return type (its importers see other types)',
    file: 'src/util.ts',
    change: replace('return n * 2', "return n > 0 ? n * 2 : 'none'"),
    reused: 'the facts of 2 of 5 files, the output of 2 of 5 modules',
  },
  {
    what: 'lines added above everything: every position in the file moves',
    file: 'src/util.ts',
    change: (text) => `// moved\n\n${text}`,
    reused: 'the facts of 4 of 5 files, the output of 4 of 5 modules',
  },
  {
    what: 'a function becomes multistate: its callers in other modules change, although their facts stay',
    file: 'src/util.ts',
    change: replace('export function mix(x: number): number {\n', 'export function mix(x: number): number {\n  VT_yield()\n'),
    reused: 'the facts of 4 of 5 files, the output of 2 of 5 modules',
  },
  {
    what: 'a thread entry becomes single-state: the module that starts the thread changes, its own functions do not',
    file: 'src/lonely.ts',
    change: replace('  VT_yield()\n', ''),
    reused: 'the facts of 4 of 5 files, the output of 3 of 5 modules',
  },
  {
    what: 'the thread entry is multistate again',
    file: 'src/lonely.ts',
    change: replace('export function lonely(n: number): number {\n', 'export function lonely(n: number): number {\n  VT_yield()\n'),
    reused: 'the facts of 4 of 5 files, the output of 3 of 5 modules',
  },
  {
    what: 'an error appears (recursion among multistate functions)',
    file: 'src/lonely.ts',
    change: replace('return n + 1', 'return n > 0 ? lonely(n - 1) : 0'),
    reused: 'the facts of 4 of 5 files, the output of 3 of 5 modules',
  },
  {
    what: 'the function is single-state again (a module with an error is always transformed again)',
    file: 'src/util.ts',
    change: replace('  VT_yield()\n', ''),
    reused: 'the facts of 4 of 5 files, the output of 1 of 5 modules',
  },
  {
    what: 'the error goes',
    file: 'src/lonely.ts',
    change: replace('return n > 0 ? lonely(n - 1) : 0', 'return n + 1'),
    reused: 'the facts of 4 of 5 files, the output of 3 of 5 modules',
  },
]

/** A build of `target` (keeping types) with the cache in `cache`, or none; its entry written. */
async function built(target: string, cache: string | false): Promise<BuildView> {
  const view = await new BuildSession({ target, keepTypes: true, cacheDir: cache }).current()
  view.summary() // a view writes the cache entry when its result is first made
  return view
}

describe.each([true, false])('a build after an edit, from the cache (keepTypes: %s)', (keepTypes) => {
  it('reuses what the edit cannot reach and gives exactly the build without the cache', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    const session = (cache: string | false): BuildSession => new BuildSession({ target: dir!, keepTypes, cacheDir: cache })
    // A view writes the cache when its result is first made (here for the summary).
    ;(await session(cacheDir).current()).summary()
    const watching = await session(false).live()
    watching.result()
    for (const edit of EDITS) {
      write(dir, edit.file, edit.change(fs.readFileSync(path.join(dir, edit.file), 'utf8')))
      const fresh = buildSnapshot(await session(false).current())
      const cached = await session(cacheDir).current()
      expect(cached.summary(), edit.what).toContain(`changed; from the cache: ${edit.reused})`)
      expect(buildSnapshot(cached), edit.what).toEqual(fresh)
      watching.update(path.join(dir, edit.file))
      expect(buildSnapshot(watching), `${edit.what}, in one process`).toEqual(fresh)
    }
  })
})

describe('a build after an edit whose change reaches files its program did not hold', () => {
  it("transforms them with the program the analysis grew to hold them, and caches every module's output", async () => {
    // worker.ts imports util.ts: a program of util.ts alone does not hold it, and util.ts's new
    // return type makes the analysis extract it again.
    dir = scratch({
      'tsconfig.json': SRC_TSCONFIG,
      'src/util.ts': 'export function scale(n: number) {\n  return n * 2\n}\n',
      'src/worker.ts':
        "import { VT_yield } from 'vtify/runtime'\nimport { scale } from './util.ts'\n\nexport function work(): number {\n  VT_yield()\n  return scale(1)\n}\n",
    })
    const cacheDir = path.join(dir, 'cache')
    await built(dir, cacheDir)
    write(dir, 'src/util.ts', "export function scale(n: number) {\n  return n > 0 ? n * 2 : 'none'\n}\n")
    const afterEdit = await built(dir, cacheDir)
    expect(afterEdit.summary()).toMatch(/\(compiled: [^;]*util\.ts changed; from the cache: the facts of 0 of 2 files, the output of 0 of 2 modules\)$/)
    const fresh = buildSnapshot(await built(dir, false))
    expect(buildSnapshot(afterEdit)).toEqual(fresh)
    const next = await built(dir, cacheDir)
    expect(next.summary()).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    expect(buildSnapshot(next)).toEqual(fresh)
  })
})

describe('the first edit after a build the cache answered (the dev server, a watcher)', () => {
  it('starts from that entry: the edited file alone is analysed, the other modules keep their output', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    await built(dir, cacheDir)
    const session = new BuildSession({ target: dir, keepTypes: true, lazy: true, cacheDir })
    expect((await session.current()).summary()).toMatch(/\(from the cache: nothing it was built from changed\)$/)
    write(dir, 'src/util.ts', PROGRAM['src/util.ts'].replace('% 97', '% 89'))
    const live = await session.live()
    const fresh = buildSnapshot(await built(dir, false))
    expect(buildSnapshot(live)).toEqual(fresh)
    expect(live.project.analyzer.lastStats).toMatchObject({ files: 5, extracted: 1 })
  })
})

describe('a build after an edit reads the edited files and what they import', () => {
  it('and its cache entry still names what the files it did not read were made from', async () => {
    // lonely.ts imports nothing of typed.ts, which alone reads the package's declarations.
    const typed =
      "import { VT_yield } from 'vtify/runtime'\nimport type { Callback } from 'handlers'\n\n" +
      'function blocking(x: number): number {\n  VT_yield()\n  return x\n}\n\n' +
      'export function run(): number {\n  const cb: Callback = blocking\n  const f = cb\n  return f(1)\n}\n'
    dir = scratch({
      ...PROGRAM,
      'src/typed.ts': typed,
      'node_modules/handlers/package.json': '{ "name": "handlers", "types": "index.d.ts" }',
      'node_modules/handlers/index.d.ts': 'export type Callback = (x: number) => number\n',
    })
    const cacheDir = path.join(dir, 'cache')
    const build = (cache: string | false): Promise<BuildView> => built(dir!, cache)
    await build(cacheDir)
    write(dir, 'src/lonely.ts', PROGRAM['src/lonely.ts'].replace('n + 1', 'n + 2'))
    const afterEdit = await build(cacheDir)
    expect(afterEdit.summary()).toMatch(/\(compiled: [^;]*lonely.ts changed; from the cache: the facts of 5 of 6 files, the output of 5 of 6 modules\)$/)
    const compilation = afterEdit as Compilation
    expect(compilation.project.partial).toBe(true)
    expect(compilation.project.getProgram().getSourceFile(path.join(dir, 'node_modules/handlers/index.d.ts'))).toBeUndefined()
    // The package changes the facts of typed.ts, a file the build after the edit did not read.
    write(dir, 'node_modules/handlers/index.d.ts', 'export type Callback = { n: number }\n')
    const afterPackage = await build(cacheDir)
    expect(afterPackage.summary()).toMatch(/\(compiled: [^)]*handlers[\\/]index\.d\.ts changed\)$/)
    expect(buildSnapshot(afterPackage)).toEqual(buildSnapshot(await build(false)))
    // A watcher's next edit: a program of part of the project still, now holding the edited file
    // too; nothing extracted but that file.
    write(dir, 'src/lonely.ts', PROGRAM['src/lonely.ts'].replace('n + 1', 'n + 3'))
    const watching = (await build(cacheDir)) as Compilation
    expect(watching.project.partial).toBe(true)
    write(dir, 'src/util.ts', PROGRAM['src/util.ts'].replace('% 97', '% 89'))
    watching.update(path.join(dir, 'src/util.ts'))
    expect(buildSnapshot(watching)).toEqual(buildSnapshot(await build(false)))
    expect(watching.project.partial).toBe(true)
    expect(watching.project.getProgram().getSourceFile(path.join(dir, 'src/util.ts'))).toBeDefined()
    expect(watching.project.analyzer.lastStats).toMatchObject({ files: 6, extracted: 1 })
    // The package changed back under the watcher, which neither part program read: the whole
    // program, every file extracted again (typed.ts sees the package's new type).
    write(dir, 'node_modules/handlers/index.d.ts', 'export type Callback = (x: number) => number\n')
    watching.update(path.join(dir, 'node_modules/handlers/index.d.ts'))
    expect(buildSnapshot(watching)).toEqual(buildSnapshot(await build(false)))
    expect(watching.project.partial).toBe(false)
    expect(watching.project.analyzer.lastStats).toMatchObject({ files: 6, extracted: 6 })
  })
})

describe('a build after an edit of a program named by its entry file', () => {
  it('drops a module the edit stopped importing, as a build without the cache does', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    const build = (cache: string | false): Promise<BuildView> => built(path.join(dir!, 'src/main.ts'), cache)
    expect((await build(cacheDir)).modules()).toContain('lonely.ts')
    write(dir, 'src/main.ts', PROGRAM['src/main.ts'].replace("import { lonely } from './lonely.ts'\n", '').replace('  VT_spawn(lonely, 1)\n', ''))
    const fresh = await build(false)
    expect(fresh.modules()).not.toContain('lonely.ts')
    expect(buildSnapshot(await build(cacheDir))).toEqual(buildSnapshot(fresh))
  })
})

describe('a cache entry a build after an edit cannot start from', () => {
  it('a file added: everything is compiled, nothing reused', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    await built(dir, cacheDir)
    write(dir, 'src/extra.ts', 'export const extra = 1\n')
    write(dir, 'src/util.ts', PROGRAM['src/util.ts'].replace('% 97', '% 89'))
    const view = await built(dir, cacheDir)
    expect(view.summary()).toMatch(/\(compiled: [^;]*src changed\)$/)
  })

  it('a damaged blob: everything is compiled, and the build is the uncached one', async () => {
    dir = scratch(PROGRAM)
    const cacheDir = path.join(dir, 'cache')
    await built(dir, cacheDir)
    for (const blob of fs.readdirSync(path.join(cacheDir, 'blobs'))) fs.truncateSync(path.join(cacheDir, 'blobs', blob), 10)
    write(dir, 'src/util.ts', PROGRAM['src/util.ts'].replace('% 97', '% 89'))
    const view = await built(dir, cacheDir)
    expect(view.summary()).toMatch(/\(compiled: [^;]*util.ts changed\)$/)
    expect(buildSnapshot(view)).toEqual(buildSnapshot(await built(dir, false)))
  })
})
