// The event loop of paper §2.2.1 (Figure 5) with its two throwable queues, run inside the
// host's event loop. Order (docs/semantics.md, "Scheduling"): the active queue is thrown to in FIFO order; threads
// that become runnable meanwhile (spawned, woken by I/O, timers, promises, joins) are appended
// to it; VT_yield appends to the yield queue; when active is empty the queues swap and the next
// round runs after the promise reactions pending then. With both queues empty nothing is
// scheduled: the runtime idles at zero CPU.
//
// When an idle loop gets work (a spawn, a completion), the round runs in a microtask: right after
// the host callback that caused it, without waiting for a full host turn (an I/O completion would
// otherwise pay a setImmediate hop per event). A round after a swap runs in a microtask as well
// while the host's last turn began less than SWAP_SOON_MS ago: a host turn costs a pass of the
// host's loop (~0.75 µs in Node, ~8 µs in Chromium), a microtask a tenth of that or less, and a
// loop whose passes take longer than SWAP_SOON_MS still gives the host a turn at every swap. At
// most SOON_ROUNDS rounds run in a microtask in a row; then the next one waits for a host turn, so
// a thread completing promises or yielding in a loop cannot starve I/O. A round that keeps
// refilling its active queue without a swap (a thread spawning and joining children that end at
// once) stops after ROUND_THROWS throws and gives the host a turn before the rest of the queue
// runs, in order. The order of threads and promise reactions is deterministic; where host events
// (I/O, timers, setImmediate) land among the swaps depends on time, as their own arrival does
// (docs/semantics.md, "Scheduling").

import { config } from './config.js'
import { hostScheduler } from './host.js'
import { Error, now, soon } from './intrinsics.js'
import { IndexRing } from './index-ring.js'
import { freeQueuedIndex, keptIndexes, threadAt } from './live.js'
import { OVER, QUEUED, WAIT, WAITING, YIELD, setError, setRunningThread, statusOf, type Continuation, type Signal } from './protocol.js'
import { firstCallPlain, handedThread, handingOff, setYielder, throwOn, throwOnError, throwTo } from './throw.js'
import { reportUnjoinedErrors } from './unjoined.js'

/** The throwable queues hold the threads' live indexes (live.ts), not the continuations: docs/runtime.md §8. */
let active = new IndexRing()
let yielded = new IndexRing()
let inRound = false
let scheduled = false
/** Rounds run in a microtask since the host last gave the loop a turn. */
let soonRounds = 0
const SOON_ROUNDS = 64
/** Throws in one round after which the host gets a turn, swap or not (docs/semantics.md, "Scheduling"). */
const ROUND_THROWS = 16_384
/** A round after a swap runs in a microtask only this soon (ms) after the host's last turn began. */
const SWAP_SOON_MS = 0.1
/**
 * When (now()) the host's last turn began. Rounds that a host callback started on an idle loop
 * (an I/O completion) do not count as one: their first swap gives the host its turn, as before.
 */
let hostTurnAt = -Infinity
/** False in a one-process run of several loops, whose order must not depend on time (swapSoon). */
let swapsSoon = true

/**
 * Every swap gives the host its turn: a one-process run of several loops (loops/in-process.ts)
 * delivers messages at host turns, in an order its seed decides, and replays it only so. (And
 * bench:resume, to time the rule before 2026-12-06 beside today's.)
 */
export function setHostTurnAtEverySwap(every: boolean): void {
  swapsSoon = !every
}

/** Counters for VT_stats. */
export const loopCounters = { throws: 0, swaps: 0, rounds: 0, hostTurns: 0 }

const scheduleHostTurn = hostScheduler(hostTurn)

/**
 * The thread being thrown to: one a hand-off runs, else the one the round took from the active
 * queue last — shiftKeeping leaves it in its slot, so a throw stores nothing to say so.
 */
function runningThread(): Continuation | null {
  if (!inRound) return null
  const handed = handedThread()
  if (handed !== null) return handed
  return threadAt(active.taken()) ?? null
}
setRunningThread(runningThread)

/**
 * Run after every round, told whether the loop is idle (nothing runnable, nothing scheduled): with
 * several event loops, this loop publishes its live threads and reads what other loops sent
 * (loops/). Threads the hook makes runnable on an idle loop run in another round at once, as if
 * woken (SOON_ROUNDS counts it), without a microtask in between.
 */
let afterRound: ((idle: boolean) => void) | null = null
/** The hook runs: what it wakes, the round that called it runs. */
let inHook = false

export function setRoundHook(hook: (idle: boolean) => void): void {
  afterRound = hook
}

/** Whether a thread is runnable. */
export function hasRunnable(): boolean {
  return active.length > 0 || yielded.length > 0
}

function hostTurn(): void {
  loopCounters.hostTurns++
  soonRounds = 0
  hostTurnAt = now()
  round()
}

/** After a swap: whether the next round may run in a microtask rather than after a host turn. */
function swapSoon(): boolean {
  return swapsSoon && soonRounds < SOON_ROUNDS && now() - hostTurnAt < SWAP_SOON_MS
}

function wake(): void {
  if (inRound || scheduled || inHook) return
  scheduled = true
  if (soonRounds < SOON_ROUNDS) {
    soonRounds++
    void soon(round)
  } else scheduleHostTurn()
}

/** Append a runnable thread to the active queue. */
export function enqueue(k: Continuation): void {
  k.on = QUEUED
  active.push(k.liveIndex)
  wake()
}

/**
 * VT_yield: append the running thread to the yield queue. Nothing to record: a running thread's
 * k.on is QUEUED already; and nothing to wake: a thread runs inside a round, which swaps the queues.
 */
export function yieldRunning(k: Continuation): void {
  yielded.push(k.liveIndex)
}
setYielder(yieldRunning)

/**
 * Append a thread that arrived from elsewhere (another event loop) to the yield queue, so that it
 * runs after every thread runnable here; with none, to the active queue — the same order, without
 * a queue swap and the host turn that comes with it before the thread can run.
 */
export function enqueueYield(k: Continuation): void {
  if (active.length === 0 && yielded.length === 0) return enqueue(k)
  yielded.push(k.liveIndex)
  wake()
}

/** An event a parked thread waited for happened: resume it with `value`. */
export function complete(k: Continuation, value: unknown): void {
  assertWaiting(k)
  k.value = value
  enqueue(k)
}

/** The event failed: resume the thread so that `error` is thrown at its call site. */
export function fail(k: Continuation, error: unknown): void {
  assertWaiting(k)
  setError(k, error)
  enqueue(k)
}

function assertWaiting(k: Continuation): void {
  // A channel adapter that resumes a thread twice, or one that never parked, would corrupt it.
  if (statusOf(k) !== WAITING) throw new Error(`vtify internal error: thread #${k.id} resumed while not waiting`)
}

function round(): void {
  scheduled = false
  for (;;) {
    const idle = throwRound()
    if (afterRound === null) return
    inHook = true
    try {
      afterRound(idle)
    } finally {
      inHook = false
    }
    // not idle: a host turn is scheduled, and runs what the hook woke
    if (!idle || !hasRunnable()) return
    if (soonRounds >= SOON_ROUNDS) {
      scheduled = true
      return scheduleHostTurn()
    }
    soonRounds++
  }
}

/** Throw to the runnable threads (the rules at the top); whether the loop is idle after. */
function throwRound(): boolean {
  loopCounters.rounds++
  let thrown = 0
  let atSwap = false
  // asked once a round, not at each throw: a gate or a timer is set between rounds
  const plain = firstCallPlain()
  inRound = true
  try {
    for (;;) {
      let index: number
      while (thrown < ROUND_THROWS && (index = active.shiftKeeping()) !== 0) {
        // a queued index is a live thread's, or one kept for a thread that ended there (live.ts)
        const k = threadAt(index) as Continuation
        // Threads cancelled before they ever ran, still queued (live.ts keeps their indexes): the
        // round skips them. While there are none it reads nothing of a continuation to decide —
        // with more than four kinds of thread, each such read is a megamorphic property load
        // (docs/benchmarks.md, "Many kinds of thread").
        if (keptIndexes() !== 0 && k.on === OVER) {
          freeQueuedIndex(k)
          continue
        }
        thrown++
        if (!plain) {
          throwTo(k)
          continue
        }
        // The throw's first call is made here rather than in throwTo: ~5 % of a resume (docs/runtime.md §8).
        let signal: Signal
        try {
          signal = k.fn(k)
        } catch (error) {
          throwOnError(k, error)
          continue
        }
        // A machine returns YIELD having started no child (kCall's machine returns WAIT): no
        // hand-off to ask about. The queue is pushed here, with the index in hand: the machine
        // neither calls kYield nor reads k.liveIndex (docs/runtime.md §3).
        if (signal === YIELD) yielded.push(index)
        else if (signal !== WAIT || handingOff()) throwOn(k, signal)
      }
      // stopped by the count: what is left of the active queue runs after a host turn (below)
      if (active.length > 0 || yielded.length === 0) break
      const emptied = active
      active = yielded
      yielded = emptied
      loopCounters.swaps++
      if (thrown >= config.throwsPerHostTurn) {
        // with throwsPerHostTurn n > 0 the host gets its turn here (config.ts); by default swapSoon decides
        atSwap = config.throwsPerHostTurn === 0
        break
      }
    }
  } finally {
    inRound = false
    loopCounters.throws += thrown
  }
  reportUnjoinedErrors()
  // the round ends with the active queue empty only when the yield queue is too (see the break)
  const idle = active.length === 0
  if (idle) {
    // rings grown by a burst of runnable threads are given back once a round needs far less
    active.trim(thrown)
    yielded.trim(thrown)
  } else {
    scheduled = true
    if (atSwap && swapSoon()) {
      soonRounds++
      void soon(round)
    } else scheduleHostTurn() // stopped by its count, or the host has waited long enough: its turn first
  }
  return idle
}
