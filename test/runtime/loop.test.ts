// The event loop: FIFO active queue, VT_yield to the yield queue, spawn appends and the spawner
// continues, a host turn at every swap and after a count of throws, deterministic order, idle at
// zero CPU.

import { afterEach, describe, expect, it } from 'vitest'
import { VT_configure, VT_pipe, VT_run, VT_spawn, VT_stats } from '../../runtime/index.js'
import { once, readAll, yielder } from './machines/basics.js'

afterEach(() => VT_configure({ throwsPerHostTurn: 0 }))

describe('throwable queues', () => {
  it('throws to runnable threads in FIFO order and VT_yield lets every other thread run once', async () => {
    const log: string[] = []
    await Promise.all(['A', 'B', 'C'].map((name) => VT_run(yielder, name, 3, log)))
    expect(log).toEqual(['A0', 'B0', 'C0', 'A1', 'B1', 'C1', 'A2', 'B2', 'C2'])
  })

  it('appends a spawned thread to the active queue while the spawner keeps running', async () => {
    const log: string[] = []
    await VT_run(() => {
      VT_spawn(yielder, 'child', 1, log)
      log.push('spawner continues')
    })
    await VT_run(yielder, 'after', 1, log)
    expect(log).toEqual(['spawner continues', 'child0', 'after0'])
  })

  it('gives the host event loop a turn at every queue swap', async () => {
    const log: string[] = []
    const done = VT_run(yielder, 'A', 4, log)
    setImmediate(() => log.push('host'))
    await done
    expect(log).toEqual(['A0', 'host', 'A1', 'A2', 'A3'])
  })

  it('with throwsPerHostTurn = n, swaps without a host turn until n throws were made', async () => {
    VT_configure({ throwsPerHostTurn: 3 })
    const log: string[] = []
    const done = VT_run(yielder, 'A', 6, log)
    setImmediate(() => log.push('host'))
    await done
    expect(log).toEqual(['A0', 'A1', 'A2', 'host', 'A3', 'A4', 'A5'])
    expect(() => VT_configure({ throwsPerHostTurn: -1 })).toThrow(/throwsPerHostTurn must be an integer ≥ 0/)
  })

  it('gives the host a turn after 16,384 throws of one round, swap or not, and then runs the rest in order', async () => {
    let ran = 0
    const order: number[] = []
    const done = VT_run(() => {
      for (let i = 0; i < 20_000; i++) VT_spawn(() => order.push(ran++))
    })
    let ranAtHostTurn = -1
    setImmediate(() => (ranAtHostTurn = ran))
    await done
    await new Promise((resolve) => setImmediate(resolve))
    expect(ranAtHostTurn).toBe(16_383) // the spawner's throw, then 16,383 of its threads
    expect(order).toEqual(Array.from({ length: 20_000 }, (_, i) => i))
  })

  it('runs the same program in the same order every time', async () => {
    const program = async (): Promise<string[]> => {
      const log: string[] = []
      const threads = [VT_run(yielder, 'A', 3, log), VT_run(yielder, 'B', 3, log)]
      threads.push(VT_run(once, 'await', Promise.resolve(1)).then(() => log.push('awaited')))
      threads.push(VT_run(once, 'join', VT_spawn(yielder, 'C', 2, log)).then(() => log.push('joined')))
      await Promise.all(threads)
      return log
    }
    const first = await program()
    // the promise settles during the host turn after round 1, so the awaiter resumes in round 2
    expect(first).toEqual(['A0', 'B0', 'C0', 'A1', 'B1', 'C1', 'awaited', 'A2', 'B2', 'joined'])
    expect(await program()).toEqual(first)
  })

  it('idles without host turns or CPU while every thread waits', async () => {
    const pipes = Array.from({ length: 100 }, () => VT_pipe())
    const readers = pipes.map((p) => VT_run(readAll, p, 16))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const { rounds, hostTurns } = VT_stats()
    const cpu = process.cpuUsage()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const used = process.cpuUsage(cpu)
    expect(VT_stats()).toMatchObject({ rounds, hostTurns, live: 100 })
    expect((used.user + used.system) / 1000).toBeLessThan(60) // ms of CPU in 300 ms: far from a spin
    for (const p of pipes) p.close()
    expect((await Promise.all(readers)).every((bytes) => bytes.length === 0)).toBe(true)
  })
})
