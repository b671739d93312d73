// Every thread started and not yet ended, for VT_dump and VT_stats — and the table the throwable
// queues index: each live thread has an index in it (k.liveIndex ≥ 1), and the queues hold these
// numbers, not continuations (docs/runtime.md §8, "The queues hold numbers"). A continuation
// stored in a long-lived array is a store from V8's old generation into (most often) the young
// one, which the write barrier records in a remembered set at every push; a number stored in an
// Int32Array costs nothing of the kind. The table is written when a thread starts and ends.
//
// An index is freed when its thread ends or leaves for another event loop, and may then be used
// again at once. The index the round took last stays in its ring slot (index-ring.ts, taken()),
// but it is read only while that thread runs: what runs after it ended, in the same throw, is a
// thread it handed off to, which the event loop finds first (loop.ts, runningThread). A thread
// that ends while queued, never having run (cancel.ts), keeps its index until the round takes
// it out of the queue.

import { Error, setAdd, setDelete, setHas } from './intrinsics.js'
import { append, sortedBy } from './lists.js'
import { OVER, type Continuation } from './protocol.js'

/**
 * threads[i]: the thread of index i — or, for a free index, the next free one (0: none), so that
 * freeing allocates nothing. Index 0 is never used: a ring's empty slot holds 0.
 */
const threads: (Continuation | number)[] = [0]
/** The free index freed last, 0 if none. */
let freeHead = 0
/** Threads that ended while queued, whose indexes the queues still hold (rare: a Set will do). */
const kept = new Set<Continuation>()
/** kept's size, read at every thread's end and every throw (a Set's size getter could be patched by user code). */
let keptCount = 0
let count = 0
/** A table this long or shorter is kept when no thread is left; a longer one (a burst) is given back. */
const SMALL = 1024

export function liveThreadCount(): number {
  return count
}

export function addLive(k: Continuation): void {
  if (k.liveIndex !== 0) throw new Error(`thread #${k.id} was already started: a continuation is thrown to by one thread only`)
  let index = freeHead
  if (index !== 0) freeHead = threads[index] as number
  else index = threads.length
  threads[index] = k
  k.liveIndex = index
  count++
}

/**
 * k ended, or left this event loop (it is OVER: threads.ts, loops/away.ts). k.liveIndex keeps
 * its stale value: a thread that ended cannot start again (threads.ts checks OVER first).
 */
export function removeLive(k: Continuation): void {
  count--
  if (keptCount === 0 || !setHas(kept, k)) freeIndex(k.liveIndex)
  // with no thread left, the table a burst grew is given back: a million ended threads leave nothing
  if (count === 0 && keptCount === 0 && threads.length > SMALL) {
    threads.length = 1
    freeHead = 0
  }
}

/** The thread of an index, or undefined if the index is free (its thread ended) or past the table. */
export function threadAt(index: number): Continuation | undefined {
  const k = threads[index]
  return typeof k === 'object' ? k : undefined
}

/** How many threads ended while queued, never having run: the event loop skips them when it takes them. */
export function keptIndexes(): number {
  return keptCount
}

/** k is ending while queued, never having run (cancel.ts, before it ends): its index stays until freeQueuedIndex. */
export function keepQueuedIndex(k: Continuation): void {
  setAdd(kept, k)
  keptCount++
}

/** The event loop took k out of a queue, having ended there (keepQueuedIndex): free its index. */
export function freeQueuedIndex(k: Continuation): void {
  if (!setDelete(kept, k)) return
  keptCount--
  freeIndex(k.liveIndex)
}

function freeIndex(index: number): void {
  threads[index] = freeHead
  freeHead = index
}

/** The table's length, its unused index 0 counted (for tests: a burst's table is given back). */
export function tableLength(): number {
  return threads.length
}

/** Each live thread, in start order (by id). */
export function eachLiveThread(visit: (k: Continuation) => void): void {
  const live: Continuation[] = []
  for (let i = 1; i < threads.length; i++) {
    const k = threads[i]
    // a thread that ended while queued is OVER and keeps its index until the round takes it
    if (typeof k === 'object' && k.on !== OVER) append(live, k)
  }
  const inStartOrder = sortedBy(live, (k) => k.id)
  for (let i = 0; i < inStartOrder.length; i++) visit(inStartOrder[i] as Continuation)
}
