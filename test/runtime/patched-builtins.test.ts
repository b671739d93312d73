// The runtime keeps working whatever user code does to built-ins once the runtime has loaded
// (test262 does this: `delete Array.prototype[Symbol.iterator]`, replaced prototype methods and
// globals). Each patch runs in a child process of its own (patched/program.ts, bundled here), so
// nothing leaks into other tests: a program of several threads that yield, sleep, await, use a
// pipe, spawn, join, cancel, call dynamically and throw must settle VT_run as without the patch.

import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Outcome {
  patch: string
  value?: string
  valueError?: string
  error?: string
  unjoined: string
  unreachable?: string
  dump: string
  live: number
}

let dir = ''
let script = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtify-patched-'))
  script = join(dir, 'program.mjs')
  await build({
    input: join(import.meta.dirname, 'patched/program.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: script, format: 'esm' },
  })
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Run the program under `patch`; a program whose VT_run never settles prints nothing. */
function run(patch: string): Promise<{ outcome: Outcome | undefined; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, patch], { timeout: 10_000 }, (error, stdout, stderr) => {
      const line = stdout.split('\n').find((l) => l.startsWith('{'))
      const output = `${error?.killed ? 'timed out\n' : ''}${stdout}${stderr}`.slice(0, 3000)
      resolve({ outcome: line === undefined ? undefined : (JSON.parse(line) as Outcome), output })
    })
  })
}

const PATCHES = ['none', 'array-iterator', 'array-methods', 'collections', 'functions', 'promises', 'timers', 'statics', 'all']

describe('a program of threads after user code patched built-ins', { timeout: 30_000 }, () => {
  it.each(PATCHES)('runs to completion with the right values and errors: %s', async (patch) => {
    const { outcome, output } = await run(patch)
    expect(outcome, output).toBeDefined()
    const o = outcome as Outcome
    expect(o.valueError, output).toBeUndefined()
    expect(o.value).toMatch(/^1,!thread 2 failed,undefined,awaited,!nope,652,85,!thread #\d+ once was cancelled \(VT_cancel\),call:7,call:8$/)
    expect(o.error).toBe('thread 5 failed')
    // thread 2 fails while main still joins thread 1; 'nope' only on a slow start (program.ts)
    expect(o.unjoined).toMatch(/^thread 2 failed;thread 9 failed;(nope;)?$/)
    expect(o.unreachable).toMatch(
      /^multistate function worker \(defined at test\/runtime\/machines\/basics\.ts:6\) was called at \S+:\d+:\d+ by code that vtify did not transform/,
    )
    expect(o.dump).toMatch(/^vtify: 10 live threads\nthread #\d+ worker: runnable\n {4}at worker \(test\/runtime\/machines\/basics\.ts:6\)\n/)
    expect(o.dump.match(/: runnable\n/g)).toHaveLength(10)
    expect(o.live).toBe(0)
  })
})
