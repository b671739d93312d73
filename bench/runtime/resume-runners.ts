// The loops bench:resume times, in Node (resume.ts) and in Chromium (resume-browser.mjs, which
// imports this file's build): vtify threads spinning on VT_yield, the same loop with `await`,
// and with generators driven by a FIFO round-robin scheduler.

import { VT_run } from '../../runtime/index.js'
import { setHostTurnAtEverySwap } from '../../runtime/loop.js'
import { IndexRing } from '../../runtime/index-ring.js'

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

/**
 * The floor: the least a resume of this design costs here — objects of spin's continuation's
 * size (the seven header fields of a thread without multistate calls below its root, and spin's
 * two slots), a `switch` machine, the runtime's queues of live-thread indexes and a table of the
 * threads, and nothing else (no errors, no hand-offs, no host turns but one `await` a queue
 * swap). What vtify does beyond it is its bookkeeping (docs/benchmarks.md, "Resume cost").
 */
class FloorThread {
  state = 0
  value: unknown = undefined
  on: unknown = null
  id = 0
  extras: unknown = null
  i = 0
  constructor(
    readonly fn: (k: FloorThread, yielded: IndexRing) => boolean,
    readonly liveIndex: number,
    readonly n: number,
  ) {}
}

/** spin(n) as a switch machine: true when the thread yielded, false when it returned. */
function floorSpin(k: FloorThread, yielded: IndexRing): boolean {
  switch (k.state) {
    case 0:
      k.i = 0
      break
    case 1:
      k.i++
      break
  }
  if (k.i >= k.n) return false
  k.state = 1
  yielded.push(k.liveIndex)
  return true
}

export async function floorLoop(threads: number, perThread: number): Promise<void> {
  let active = new IndexRing()
  let yielded = new IndexRing()
  const table: (FloorThread | undefined)[] = [undefined]
  for (let t = 1; t <= threads; t++) {
    table.push(new FloorThread(floorSpin, t, perThread))
    active.push(t)
  }
  for (;;) {
    for (let index = active.shiftKeeping(); index !== 0; index = active.shiftKeeping()) {
      const k = table[index] as FloorThread
      k.fn(k, yielded)
    }
    if (yielded.length === 0) return
    const emptied = active
    active = yielded
    yielded = emptied
    await undefined
  }
}
