// One VT_work call: what the parked virtual thread waits on. Its unpark(k) is how VT_cancel
// takes the thread off the pool (cancel.ts): a job still queued is dropped; a job already
// running is stopped with its pool thread (pool.ts), since a plain function cannot be
// interrupted in the middle.

import type { Continuation, Waiter } from '../protocol.js'
import type { WorkSpec } from './task.js'

/** Where a job is. */
export type JobState = 'queued' | 'running' | 'over'

export class Job implements Waiter {
  state: JobState = 'queued'

  constructor(
    readonly id: number,
    readonly k: Continuation,
    readonly spec: WorkSpec,
    readonly args: readonly unknown[],
    private readonly withdraw: (job: Job) => void,
  ) {}

  unpark(): void {
    this.withdraw(this)
  }
}
