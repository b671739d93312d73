// Testing thread code with Vitest and vtify(): in watch mode, an edit that makes a function
// multistate re-runs the tests on the new state machines of every module it changes, also of a
// module that does not import the edited file (a handler passed to it as a value). Vitest's dev
// server makes no hot updates, so vtify's hotUpdate never runs there (plugin/index.ts, watchChange).

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

it('re-runs the tests on the modules an edit changed, not on those the dev server held', { timeout: 120_000 }, async () => {
  dir = scratch(FILES)
  fs.mkdirSync(path.join(dir, 'node_modules'))
  for (const name of ['vtify', 'vitest'])
    fs.symlinkSync(name === 'vtify' ? REPO : path.join(REPO, 'node_modules', name), path.join(dir, 'node_modules', name), 'dir')
  // Not the variables of the Vitest running this test: the child is a Vitest of its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS'))
  child = spawn(process.execPath, [path.join(REPO, 'node_modules/vitest/vitest.mjs'), 'watch', '--reporter=verbose'], {
    cwd: dir,
    env: { ...env, NO_COLOR: '1' },
  })
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
  save(path.join(dir, 'src/handler.ts'), HANDLER_MULTISTATE)
  expect(await runsUpTo(2), output).toEqual(['passed', 'passed'])
  save(path.join(dir, 'src/handler.ts'), HANDLER_PLAIN)
  expect(await runsUpTo(3), output).toEqual(['passed', 'passed', 'passed'])
})
