// VT_sleep without a host timer per thread. Threads that call VT_sleep(ms) with the same ms in
// the same round of the event loop share one host timer — a batch — and wake together, in the
// order they slept (docs/semantics.md, "Scheduling"). Node would give per-thread timers made in
// one round the same expiry anyway; what a thread then costs while it sleeps is its continuation
// and one entry in its batch, instead of a Node Timeout, its arguments and a waiter (~250 bytes).

import { clearTimeout, mapDelete, mapGet, mapSet, setTimeout } from './intrinsics.js'
import { timerStep } from './delay.js'
import { append } from './lists.js'
import { complete, loopCounters } from './loop.js'
import type { Continuation, Waiter } from './protocol.js'

/** The threads that started sleeping `ms` in one round. */
class Batch implements Waiter {
  readonly threads: Continuation[] = []
  /** Sleeping threads of the batch not cancelled since: at 0 the host timer is cleared. */
  sleeping = 0
  timer: unknown
  /** What is left of ms once the timer armed now fires (delay.ts): 0 but for sleeps of over 24 days. */
  left: number
  constructor(
    readonly ms: number,
    readonly round: number,
  ) {
    const step = timerStep(ms)
    this.left = ms - step
    this.timer = setTimeout(wakeBatch, step, this)
  }

  add(k: Continuation): void {
    append(this.threads, k)
    this.sleeping++
    k.on = this
  }

  /** A cancelled sleeper stays in `threads` (k.on no longer names the batch, so it is skipped). */
  unpark(): void {
    if (--this.sleeping > 0) return
    clearTimeout(this.timer as ReturnType<typeof setTimeout>)
    close(this)
  }
}

/** The batch that threads sleeping ms join in this round, by ms. */
const open = new Map<number, Batch>()

function close(batch: Batch): void {
  if (mapGet(open, batch.ms) === batch) mapDelete(open, batch.ms)
}

function wakeBatch(batch: Batch): void {
  if (batch.left > 0) {
    const step = timerStep(batch.left)
    batch.left -= step
    batch.timer = setTimeout(wakeBatch, step, batch)
    return
  }
  close(batch)
  const threads = batch.threads
  for (let i = 0; i < threads.length; i++) {
    const k = threads[i] as Continuation
    if (k.on === batch) complete(k, undefined)
  }
}

/** Park k for ms milliseconds. */
export function sleep(k: Continuation, ms: number): void {
  const round = loopCounters.rounds
  let batch = mapGet(open, ms)
  if (batch === undefined || batch.round !== round) {
    batch = new Batch(ms, round)
    mapSet(open, ms, batch)
  }
  batch.add(k)
}
