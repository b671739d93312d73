// Errors and lifecycle: an error nobody joins is reported once with its logical stack and the
// other threads keep running; VT_dump shows every live thread with its state and logical stack.

import { afterEach, describe, expect, it } from 'vitest'
import { VT_configure, VT_dump, VT_pipe, VT_run, VT_spawn, VT_stats, type VThread } from '../../runtime/index.js'
import { once, readAll, worker, yielder } from './machines/basics.js'

interface Report {
  text: string
  error: unknown
  thread: VThread
}

function captureReports(): Report[] {
  const reports: Report[] = []
  VT_configure({ onUnjoinedError: (text, error, thread) => reports.push({ text, error, thread }) })
  return reports
}

afterEach(() => VT_configure({ onUnjoinedError: (text) => console.error(text) }))

describe('an error in a thread', () => {
  it('ends only that thread: 999 of 1,000 finish, the error is reported once with its logical stack', async () => {
    const reports = captureReports()
    const before = VT_stats()
    const results: number[] = []
    const threads = Array.from({ length: 1000 }, (_, i) => VT_spawn(worker, i, 500))
    const collector = VT_run(() => threads.forEach((t, i) => i !== 500 && results.push(i)))
    await collector
    await VT_run(once, 'sleep', 5) // every worker has ended by now (they only yield twice)
    const after = VT_stats()
    expect(after.returned - before.returned).toBe(999 + 2)
    expect(after.threw - before.threw).toBe(1)
    // every thread started has ended exactly once, or is still live
    expect(after.spawned).toBe(after.returned + after.threw + after.cancelled + after.live)
    expect(reports).toHaveLength(1)
    const [report] = reports as [Report]
    expect(report.thread).toBe(threads[500])
    expect((report.error as Error).message).toBe('thread 500 failed')
    expect(report.text).toMatch(/^vtify: thread #\d+ worker ended with an error that no thread joined:\nError: thread 500 failed\n/)
    expect(report.text).toContain(
      'logical stack of thread #' +
        threads[500]?.id +
        ' worker:\n' +
        '    at step (test/runtime/machines/basics.ts:2)\n' +
        '    at worker (test/runtime/machines/basics.ts:7)',
    )
  })

  it('is not reported when a thread joins it in the same round', async () => {
    const reports = captureReports()
    const failing = VT_spawn(worker, 1, 1)
    await expect(VT_run(once, 'join', failing)).rejects.toThrow('thread 1 failed')
    await VT_run(once, 'sleep', 1)
    expect(reports).toEqual([])
  })

  it('reports a thrown non-Error value with the thread name', async () => {
    const reports = captureReports()
    VT_spawn(() => {
      throw 'plain string'
    })
    await VT_run(once, 'sleep', 1)
    expect(reports.map((r) => r.text)).toEqual([
      expect.stringMatching(/^vtify: thread #\d+ plain function ended with an error that no thread joined:\nthrown value: plain string\n\(no logical stack/),
    ])
  })

  it('reports an error it cannot annotate: a frozen Error keeps its stack, the report has the logical stack', async () => {
    const reports = captureReports()
    const frozen = Object.freeze(new Error('frozen'))
    const thread = VT_spawn(() => {
      throw frozen
    })
    await VT_run(once, 'sleep', 1)
    expect(reports).toHaveLength(1)
    expect(reports[0]?.error).toBe(frozen)
    expect(frozen.stack).not.toContain('logical stack')
    expect(reports[0]?.text).toMatch(/^vtify: thread #\d+ plain function ended with an error that no thread joined:\nError: frozen\n/)
    expect(reports[0]?.text).toContain(`logical stack of thread #${thread.id} plain function:`)
  })

  it('reports thrown values that cannot be converted to a string, and goes on', async () => {
    const reports = captureReports()
    const values: unknown[] = [
      Object.create(null),
      {
        toString(): string {
          throw new Error('toString threw')
        },
      },
      new Proxy(
        {},
        {
          getPrototypeOf(): never {
            throw new Error('getPrototypeOf threw')
          },
        },
      ),
    ]
    for (const value of values) {
      VT_spawn(() => {
        throw value
      })
    }
    await VT_run(once, 'sleep', 1)
    expect(reports).toHaveLength(values.length)
    // the proxy is no Error (asking throws) but converts to a string
    const shown = ['(an object that cannot be converted to a string)', '(an object that cannot be converted to a string)', '[object Object]']
    for (const [i, report] of reports.entries()) {
      expect(report.error === values[i]).toBe(true) // not toBe: its message would trip the proxy
      expect(report.text).toContain(`\nthrown value: ${shown[i]}\nlogical stack of thread #${report.thread.id} plain function:`)
    }
  })

  it('reports a thrown null as thrown, not as cancelled', async () => {
    const reports = captureReports()
    const before = VT_stats()
    VT_spawn(() => {
      throw null
    })
    await VT_run(once, 'sleep', 1)
    const after = VT_stats()
    expect(after.threw - before.threw).toBe(1)
    expect(after.cancelled - before.cancelled).toBe(0)
    expect(reports.map((r) => r.text)).toEqual([expect.stringMatching(/\nthrown value: null\n/)])
  })

  it('goes on when the reporter throws: every error is reported, the other threads run, its own error is uncaught', async () => {
    const reported: unknown[] = []
    VT_configure({
      onUnjoinedError: (_text, error) => {
        reported.push((error as Error).message)
        throw new Error(`reporter failed on ${(error as Error).message}`)
      },
    })
    // the reporter's errors are thrown from a host task: taken here instead of by Vitest
    const uncaught: string[] = []
    const listeners = process.rawListeners('uncaughtException') as ((error: Error) => void)[]
    process.removeAllListeners('uncaughtException')
    process.on('uncaughtException', (error) => uncaught.push(error.message))
    try {
      const log: string[] = []
      const spinner = VT_run(yielder, 'y', 3, log)
      VT_spawn(worker, 1, 1)
      VT_spawn(worker, 2, 2)
      expect(await spinner).toBe(3)
      await VT_run(once, 'sleep', 5)
      expect(reported).toEqual(['thread 1 failed', 'thread 2 failed'])
      expect(uncaught).toEqual(['reporter failed on thread 1 failed', 'reporter failed on thread 2 failed'])
    } finally {
      process.removeAllListeners('uncaughtException')
      for (const listener of listeners) process.on('uncaughtException', listener)
    }
  })

  it('goes to stderr by default', async () => {
    const lines: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void lines.push(...args)
    try {
      VT_spawn(worker, 7, 7)
      await VT_run(once, 'sleep', 1)
    } finally {
      console.error = original
    }
    expect(lines).toEqual([expect.stringContaining('Error: thread 7 failed')])
  })
})

describe('VT_dump', () => {
  it('lists every live thread with its state and logical stack', async () => {
    const pipe = VT_pipe()
    const reader = VT_run(readAll, pipe, 8)
    const sleeper = VT_run(once, 'sleep', 50)
    await VT_run(once, 'sleep', 1)
    let inside = ''
    const dumper = VT_run(() => (inside = VT_dump()))
    const log: string[] = []
    const spinner = VT_run(yielder, 'y', 2, log)
    await dumper
    const lines = inside.split('\n')
    expect(lines[0]).toMatch(/^vtify: \d+ live threads$/)
    const body = lines.slice(1).join('\n').replace(/#\d+/g, '#N')
    expect(body).toContain('thread #N readAll: waiting in VT_read\n    at readAll (test/runtime/machines/basics.ts:5)')
    expect(body).toContain('thread #N once: waiting in VT_sleep\n    at once (test/runtime/machines/basics.ts:2)')
    expect(body).toContain('thread #N plain function: running\n    at plain function (<not transformed>:0)')
    expect(body).toContain('thread #N yielder: runnable\n    at yielder (test/runtime/machines/basics.ts:1)')
    pipe.close()
    await Promise.all([reader, sleeper, spinner])
    expect(VT_dump()).toMatch(/^vtify: 0 live threads$/)
  })
})
