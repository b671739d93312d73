// Testing thread code with a real Vitest and vtify(): in watch mode, an edit that makes a function
// multistate re-runs the tests on the new state machines of every module it changes, also of a
// module that does not import the edited file (a handler passed to it as a value) — Vitest's dev
// server makes no hot updates, so vtify's hotUpdate never runs there (plugin/index.ts,
// watchChange); and a test's double of another module's multistate function (vi.spyOn, a vi.mock
// keeping the module's other exports) is what its callers call (TransformOptions.replaceableImports).

import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { REPO, eventually, scratch } from './harness.js'

const HANDLER_PLAIN = 'export function handler(n: number): number {\n  return n * 2\n}\n'
const HANDLER_MULTISTATE = "import { VT_yield } from 'vtify/runtime'\n\nexport function handler(n: number): number {\n  VT_yield()\n  return n * 2\n}\n"

const FILES = {
  'package.json': JSON.stringify({ type: 'module' }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, types: [] },
    include: ['src', 'test'],
  }),
  'vitest.config.mjs': "import vtify from 'vtify/vite'\n\nexport default { plugins: [vtify()] }\n",
  // serveAll does not import handler.ts: only the analysis knows that the edit changes it.
  'src/serve.ts': 'export function serveAll(h: (n: number) => number): number {\n  let s = 0\n  for (let i = 0; i < 3; i++) s += h(i)\n  return s\n}\n',
  'src/handler.ts': HANDLER_PLAIN,
  'test/serve.test.ts':
    "import { expect, it } from 'vitest'\nimport { VT_run } from 'vtify/runtime'\nimport { handler } from '../src/handler'\nimport { serveAll } from '../src/serve'\n\n" +
    "it('serves', async () => {\n  expect(await VT_run(serveAll, handler)).toBe(6)\n})\n",
}

let dir: string | undefined
let child: ChildProcess | undefined
afterEach(() => {
  child?.kill()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  child = dir = undefined
})

/** Saved as editors that write a copy and rename it over the file do: the watcher sees the whole text at once. */
function save(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, text)
  fs.renameSync(`${file}.tmp`, file)
}

/** A project of `files` with vtify and Vitest installed (linked from this repository); its directory. */
function project(files: Readonly<Record<string, string>>): string {
  const root = scratch(files)
  dir = root
  fs.mkdirSync(path.join(root, 'node_modules'))
  fs.symlinkSync(REPO, path.join(root, 'node_modules/vtify'), 'dir')
  fs.symlinkSync(path.join(REPO, 'node_modules/vitest'), path.join(root, 'node_modules/vitest'), 'dir')
  return root
}

/** Vitest in `root`: without the variables of the Vitest running this test, as the child is a Vitest of its own. */
function vitest(root: string, args: readonly string[]): ChildProcess {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS'))
  child = spawn(process.execPath, [path.join(REPO, 'node_modules/vitest/vitest.mjs'), ...args], { cwd: root, env: { ...env, NO_COLOR: '1' } })
  return child
}

it('re-runs the tests on the modules an edit changed, not on those the dev server held', { timeout: 120_000 }, async () => {
  const root = project(FILES)
  const child = vitest(root, ['watch', '--reporter=verbose'])
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  /** The outcome of each run so far: the file's one test passed or failed. */
  const runs = (): string[] => [...output.matchAll(/Tests {2}1 (passed|failed)/g)].map((m) => m[1]!)
  const runsUpTo = (n: number): Promise<string[]> =>
    eventually(async () => (runs().length >= n ? runs() : undefined), 60_000, `run ${n} of the tests`).catch((error: Error) => {
      throw new Error(`${error.message}; Vitest printed:\n${output}`)
    })

  expect(await runsUpTo(1)).toEqual(['passed'])
  save(path.join(root, 'src/handler.ts'), HANDLER_MULTISTATE)
  expect(await runsUpTo(2), output).toEqual(['passed', 'passed'])
  save(path.join(root, 'src/handler.ts'), HANDLER_PLAIN)
  expect(await runsUpTo(3), output).toEqual(['passed', 'passed', 'passed'])
})

const IO = "import { VT_yield } from 'vtify/runtime'\n\nexport function fetchValue(n: number): number {\n  VT_yield()\n  return n * 100\n}\n"
const TOTAL = "import { fetchValue } from './io'\n\nexport function total(): number {\n  return fetchValue(1) + fetchValue(2)\n}\n"
const DOUBLES = {
  'test/spy.test.ts':
    "import { expect, it, vi } from 'vitest'\nimport { VT_run } from 'vtify/runtime'\nimport * as io from '../src/io'\nimport { total } from '../src/total'\n\n" +
    "it('calls the spy', async () => {\n  const spy = vi.spyOn(io, 'fetchValue').mockImplementation((n: number) => n)\n  expect(await VT_run(total)).toBe(3)\n" +
    '  expect(spy).toHaveBeenCalledTimes(2)\n  spy.mockRestore()\n  expect(await VT_run(total)).toBe(300)\n})\n',
  'test/mock.test.ts':
    "import { expect, it, vi } from 'vitest'\nimport { VT_run } from 'vtify/runtime'\nimport { total } from '../src/total'\n\n" +
    "vi.mock('../src/io', async (importOriginal) => ({ ...(await importOriginal<typeof import('../src/io')>()), fetchValue: vi.fn((n: number) => n) }))\n\n" +
    "it('calls the mock', async () => {\n  expect(await VT_run(total)).toBe(3)\n})\n",
}

it("calls the doubles a test puts in place of another module's multistate function, not the function", { timeout: 120_000 }, async () => {
  const child = vitest(project({ ...FILES, 'src/io.ts': IO, 'src/total.ts': TOTAL, ...DOUBLES }), [
    'run',
    '--reporter=json',
    'test/spy.test.ts',
    'test/mock.test.ts',
  ])
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { testResults: Array<{ name: string; status: string; message: string }> }
  expect(report.testResults.map((r) => `${path.basename(r.name)} ${r.status} ${r.message}`).sort()).toEqual(['mock.test.ts passed ', 'spy.test.ts passed '])
  expect(status).toBe(0)
})
