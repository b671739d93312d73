// The loops bench:resume times, in Node (resume.ts) and in Chromium (resume-browser.mjs, which
// imports this file's build): vtify threads spinning on VT_yield, the same loop with `await`,
// and with generators driven by a FIFO round-robin scheduler.

import { VT_run } from '../../runtime/index.js'
import { setHostTurnAtEverySwap } from '../../runtime/loop.js'

/** Runs `threads` loops of `perThread` resumes each, until all have ended. */
export type Runner = (threads: number, perThread: number) => Promise<void>

/** `threads` loops started at once, the t-th by `start(t, perThread)`, until all have ended. */
function together(start: (t: number, perThread: number) => Promise<number>): Runner {
  return async (threads, perThread) => {
    const all: Promise<number>[] = []
    for (let t = 0; t < threads; t++) all.push(start(t, perThread))
    await Promise.all(all)
  }
}

/** Threads of the given kinds, taken in turn. */
export function vtify(...kinds: ((n: number) => number)[]): Runner {
  return together((t, perThread) => VT_run(kinds[t % kinds.length]!, perThread))
}

/** `run` with a host turn at every queue swap: the runtime's rule before 2026-12-06. */
export function everySwap(run: Runner): Runner {
  return async (threads, perThread) => {
    setHostTurnAtEverySwap(true)
    try {
      await run(threads, perThread)
    } finally {
      setHostTurnAtEverySwap(false)
    }
  }
}

async function spinAwait(n: number): Promise<number> {
  for (let i = 0; i < n; i++) await undefined
  return n
}

export const awaitLoop: Runner = together((_, perThread) => spinAwait(perThread))

const settled = Promise.resolve(1)

async function settledAwait(n: number): Promise<number> {
  let sum = 0
  for (let i = 0; i < n; i++) sum += await settled
  return sum
}

/** Async functions awaiting a settled promise in a loop: blocking/await-spin.ts's baseline. */
export const settledAwaitLoop: Runner = together((_, perThread) => settledAwait(perThread))

function* spinGenerator(n: number): Generator<void, number> {
  for (let i = 0; i < n; i++) yield
  return n
}

export async function generatorLoop(threads: number, perThread: number): Promise<void> {
  let queue: Generator<void, number>[] = []
  for (let t = 0; t < threads; t++) queue.push(spinGenerator(perThread))
  while (queue.length > 0) {
    const next: Generator<void, number>[] = []
    for (const g of queue) if (!g.next().done) next.push(g)
    queue = next
  }
}
