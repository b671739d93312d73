// VT_work's k-passing form and the event loop's one pool (paper §2.2.2: each event loop has its
// pool of worker kernel threads).

import { WAIT, type Continuation, type Signal } from '../protocol.js'
import { Pool, type WorkSettings, type WorkStats } from './pool.js'
import { specOf } from './task.js'

export { WorkTask, workTask, type WorkFunction } from './task.js'
export type { WorkSettings, WorkStats } from './pool.js'

let pool: Pool | undefined

/** Created at the first use, so that loading the runtime starts no thread (nor looks for worker_threads). */
function thePool(): Pool {
  return (pool ??= new Pool())
}

/**
 * VT_work(target, …args): park k until a pool thread has run target(…args). Throws at once if
 * target cannot be sent, the host has no threads, or an argument cannot be cloned.
 */
export function kWork(k: Continuation, target: unknown, ...args: unknown[]): Signal {
  const p = thePool()
  const job = p.job(k, specOf(target), args)
  p.submit(job)
  // Parked after submit: its answer comes in a later host task, never during this call.
  k.on = job
  return WAIT
}

export function configureWork(options: Partial<WorkSettings>): void {
  thePool().configure(options)
}

export function workStats(): WorkStats {
  return thePool().stats()
}
