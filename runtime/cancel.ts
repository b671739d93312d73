// VT_cancel: end a thread from outside (or from inside) as Java's interrupt or a Go context would,
// but with finally blocks honoured: the thread gets a Cancelled error thrown at the boundary it
// is parked in, so its try/finally (and catch) run as for any error, and it ends — cancelled —
// when that error leaves its root. Its pending wait is taken off first, so a completion that
// arrives later (bytes, a timer, a settled promise, a connection, an ended thread) never wakes it.

import { Error, TypeError } from './intrinsics.js'
import { remove } from './lists.js'
import { keepQueuedIndex } from './live.js'
import { fail } from './loop.js'
import { Continuation, ENDED, RUNNABLE, RUNNING, WAITING, extrasOf, setError, statusOf, type Waiter } from './protocol.js'
import { threadName } from './stack.js'
import { endThread } from './threads.js'

/** Thrown into a cancelled thread at its boundary; VT_join of that thread rethrows it. */
export class Cancelled extends Error {
  /** The id of the thread that was cancelled. */
  readonly threadId: number
  constructor(k: Continuation) {
    super(`thread ${threadName(k)} was cancelled (VT_cancel)`)
    this.name = 'Cancelled'
    this.threadId = k.id
  }
}

/** Cancel k (see VT_cancel in index.ts for the contract). */
export function cancelThread(k: Continuation, reason: Error | null): void {
  const status = statusOf(k)
  if (status === ENDED) return
  if (status === WAITING) assertCanUnpark(k)
  const extras = extrasOf(k)
  // One error per cancelled thread, also for a child cancelled with its dynamic-call parent, so
  // that the error the parent receives from the child is the parent's own cancellation.
  const error = (extras.cancelled ??= reason ?? new Cancelled(k))
  if (status === RUNNING) throw error
  if (status === RUNNABLE) cancelRunnable(k, error)
  else cancelWaiting(k, error)
}

/**
 * A queued thread. One that has not started (state 0 of its entry: it has no try block to run
 * yet) ends at once; the event loop skips it. One that was woken, or yielded, resumes at its
 * boundary's take(k), which now throws the error instead of returning the result.
 */
function cancelRunnable(k: Continuation, error: Error): void {
  if (k.state === 0 && k.frames[0] === 0) {
    keepQueuedIndex(k) // the event loop skips it when it takes it from the queue
    endThread(k, error, undefined)
    return
  }
  setError(k, error)
}

function cancelWaiting(k: Continuation, error: Error): void {
  const on = k.on as Waiter | Continuation
  if (on instanceof Continuation) {
    // A dynamic call: the child is part of k's logical stack and is cancelled with it; when the
    // child ends, k resumes at once with the child's error, which is k's own Cancelled.
    if (on.extras?.parent === k) return cancelThread(on, error)
    removeJoiner(on, k)
  } else if (on.cancel !== undefined) return on.cancel(k)
  else (on as Required<Waiter>).unpark(k)
  fail(k, error)
}

/** Checked before anything changes, so that a thread that cannot be cancelled is left as it was. */
function assertCanUnpark(k: Continuation): void {
  const on = k.on as Waiter | Continuation
  if (on instanceof Continuation || on?.unpark !== undefined || on?.cancel !== undefined) return
  throw new TypeError(`VT_cancel: thread ${threadName(k)} waits on a channel whose port has no unpark(k), so it cannot be cancelled while parked`)
}

function removeJoiner(joined: Continuation, k: Continuation): void {
  const joiners = extrasOf(joined).joiners
  if (joiners !== null) remove(joiners, k)
}
