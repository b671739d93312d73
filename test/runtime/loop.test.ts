// The event loop: FIFO active queue, VT_yield to the yield queue, spawn appends and the spawner
// continues, the round after a swap in a microtask while the swaps are few and quick, a host turn
// after a count of throws, deterministic order, idle at zero CPU.

import { afterEach, describe, expect, it } from 'vitest'
import { VT_configure, VT_pipe, VT_run, VT_spawn, VT_stats } from '../../runtime/index.js'
import { once, readAll, yielder } from './machines/basics.js'

afterEach(() => VT_configure({ throwsPerHostTurn: 0 }))

const EXPECTED = ['A0', 'A1', 'A2', 'A3', 'reaction', 'A4', 'reaction', 'A5', 'reaction', 'A6']

/** A thread's log of 7 passes, and a chain of three promise reactions started in the fourth. */
async function reactionsBetweenPasses(): Promise<string[]> {
  const log: string[] = []
  let reactions = 0
  const react = (): void => {
    log.push('reaction')
    if (++reactions < 3) queueMicrotask(react)
  }
  const reacting = {
    push(line: string): void {
      log.push(line)
      if (line === 'A3') queueMicrotask(react)
    },
  }
  await VT_run(yielder, 'A', 7, reacting as unknown as string[])
  return log
}

/** Computes for `ms` milliseconds. */
function busyFor(ms: number): void {
  const start = performance.now()
  while (performance.now() - start < ms);
}

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

  it('runs the round after a swap once the promise reactions pending at the swap have run', async () => {
    // Each reaction queues the next: one runs between two passes, not all of them (as they would
    // in a host turn). From A3 on, when the code is warm and a pass takes microseconds; a pass the
    // machine stalls for over 0.1 ms gives the host a turn instead, so up to five tries.
    const tries: string[][] = []
    for (let attempt = 0; attempt < 5 && tries.at(-1)?.join() !== EXPECTED.join(); attempt++) tries.push(await reactionsBetweenPasses())
    expect(tries.at(-1)).toEqual(EXPECTED)
  })

  it('gives the host event loop a turn after at most 64 rounds in a microtask', async () => {
    let done = false
    let hostTurns = 0
    const host = (): void => {
      hostTurns++
      if (!done) setImmediate(host)
    }
    setImmediate(host)
    await VT_run(yielder, 'A', 1000, [])
    done = true
    // a pass of one thread takes well under 0.1 ms: one host turn per 65 swaps or so, not per swap
    expect(hostTurns).toBeGreaterThanOrEqual(Math.floor(1000 / 65))
    expect(hostTurns).toBeLessThan(500)
  })

  it('gives the host event loop a turn at every swap while a pass takes longer than 0.1 ms', async () => {
    const log: string[] = []
    const slow = {
      push(line: string): void {
        busyFor(1)
        log.push(line)
      },
    }
    const host = (): void => {
      if (log.includes('A3')) return
      log.push('host')
      setImmediate(host)
    }
    setImmediate(host)
    await VT_run(yielder, 'A', 4, slow as unknown as string[])
    expect(log).toEqual(['A0', 'host', 'A1', 'host', 'A2', 'host', 'A3'])
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
    // the promise's reaction runs after the first swap, so the awaiter resumes in the second pass
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
