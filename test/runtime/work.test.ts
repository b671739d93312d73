// VT_work on real worker threads: a compiled program (test/runtime/work/pool.ts) runs work
// functions by module URL and by source on the pool, and checks errors, cancellation and a pool
// thread that exits. Bounded: the longest job blocks 60 s but is cancelled as soon as it runs.

import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildBoth, runtimes } from '../transform/harness.js'

const built = buildBoth(path.resolve(import.meta.dirname, 'work'))
const TASKS = pathToFileURL(path.resolve(import.meta.dirname, 'work-tasks/tasks.mjs')).href

interface Runtime {
  VT_run(fn: unknown, ...args: unknown[]): Promise<unknown>
}

describe('VT_work', () => {
  it('compiles as a state boundary', () => {
    expect(built.diagnostics).toEqual([])
  })

  it('runs functions on pool threads, carries errors back with both stacks, and cancels', async () => {
    const rt = (await import(runtimes.vtify)) as Runtime
    const program = (await import(path.join(built.vtify, 'pool.js'))) as { main: unknown }
    const log: string[] = []
    log.push(`returned ${String(await rt.VT_run(program.main, log, TASKS))}`)
    expect(log).toEqual([
      'add: 5',
      'async result: settled',
      'by source: 42',
      expect.stringMatching(
        /^closure: TypeError: VT_work: anonymous function uses factor, which does not exist on the pool thread: a function sent by its source text loses its closure/,
      ),
      expect.stringMatching(/^method: TypeError: VT_work: twice is a method/),
      expect.stringMatching(/^argument: DataCloneError: /),
      expect.stringMatching(/^result: DataCloneError: /),
      expect.stringMatching(/^no export: TypeError: VT_work: file:.*tasks\.mjs has no exported function missing$/),
      expect.stringMatching(/^crash: Error: VT_work: pool thread #\d+ exited \(code 3\) while running exits$/),
      'error: true no good E_TEST',
      'pool stack: true true true',
      'logical stack: true true',
      'primes: 13572',
      'pool: true 0 0',
      expect.stringMatching(/^cancelled: Cancelled: thread #\d+ blocked was cancelled/),
      expect.stringMatching(/^cancelled: Cancelled: thread #\d+ blocked was cancelled/),
      'cancelled jobs: 2, queued 0, busy 0',
      'after: woke',
      'returned done',
    ])
  }, 60_000)
})
