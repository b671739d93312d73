// The table of live threads whose indexes the throwable queues hold (runtime/live.ts): an index
// is freed when its thread ends, but a thread cancelled before it ran keeps its index until the
// event loop skips it in the queue; VT_dump lists threads in start order whatever indexes they
// have; and a table a burst grew is given back once no thread is left.

import { describe, expect, it } from 'vitest'
import { VT_cancel, VT_dump, VT_run, VT_spawn, VT_stats, type VThread } from '../../runtime/index.js'
import { liveThreadCount, tableLength } from '../../runtime/live.js'
import { once, yielder } from './machines/basics.js'
import { cleanup } from './machines/cleanup.js'

async function cancelAll(threads: VThread[]): Promise<void> {
  for (const t of threads) VT_cancel(t)
  for (const t of threads) await VT_run(once, 'join', t).catch(() => undefined)
}

describe('the table of live threads', () => {
  it('keeps the index of a thread cancelled before it ran until the queue gives it up', async () => {
    const before = VT_stats()
    const log: string[] = []
    const early = Array.from({ length: 50 }, () => VT_spawn(cleanup, 'sleep', 1, log))
    for (const t of early) VT_cancel(t) // ended, but still queued
    // started while those wait in the queue: each needs an index of its own
    const late = ['a', 'b', 'c'].map((name) => VT_spawn(yielder, name, 2, log))
    await VT_run(once, 'join', late[2])
    expect(log).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1'])
    const after = VT_stats()
    expect(after.cancelled - before.cancelled).toBe(50)
    expect(after.returned - before.returned).toBe(4) // a, b, c and the joiner
    expect(after.live).toBe(before.live)
    // and again, now that their indexes are free: nothing runs twice, nothing is lost
    const again: string[] = []
    await VT_run(yielder, 'again', 3, again)
    expect(again).toEqual(['again0', 'again1', 'again2'])
  })

  it('lists threads in start order when a later one reuses an earlier index', async () => {
    const log: string[] = []
    const first = VT_spawn(yielder, 'first', 0, log) // ends at once, and frees its index
    const second = VT_spawn(cleanup, 'sleep', 60_000, log)
    await VT_run(once, 'join', first)
    const third = VT_spawn(cleanup, 'sleep', 60_000, log)
    await VT_run(() => undefined) // third parks
    const dump = VT_dump()
    const at = (t: VThread): number => dump.indexOf(`thread #${t.id} `)
    expect(at(second)).toBeGreaterThan(0)
    expect(at(third)).toBeGreaterThan(at(second))
    expect(dump).not.toContain(`thread #${first.id} `)
    await cancelAll([second, third])
  })

  it('gives back a table grown by a burst once no thread is left', async () => {
    const base = liveThreadCount()
    expect(base).toBe(0)
    const burst = Array.from({ length: 5000 }, () => VT_spawn(cleanup, 'sleep', 60_000, []))
    await VT_run(() => undefined)
    expect(liveThreadCount()).toBe(5000)
    expect(tableLength()).toBeGreaterThan(5000)
    await cancelAll(burst)
    await VT_run(() => undefined)
    expect(liveThreadCount()).toBe(0)
    expect(tableLength()).toBeLessThan(16) // given back (the threads run since took indexes anew)
  })
})
