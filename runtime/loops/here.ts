// Which event loop this is, of how many, and the memory all loops share (docs/runtime.md §14).
// One loop — the runtime as it is without VT_start — needs none of this: the table is then a
// plain Int32Array, so that following a clue counts the same way with one loop as with several.

import { atomicLoad } from '../intrinsics.js'
import { append } from '../lists.js'
import { liveThreadCount } from '../live.js'

/** Rows of the clue table; a hashed n-clue takes n rows. */
export const MAX_CLUES = 1024
/**
 * Int32 fields per clue row (clues.ts) and per loop row (stats of each loop): 64 bytes, a cache
 * line, though fewer are used — loops write their own rows at every migration, and rows sharing
 * a line would make each write wait for the other core.
 */
export const CLUE_FIELDS = 16
export const LOOP_FIELDS = 16
export const MAX_LOOPS = 64

export interface Here {
  /** This loop's index: 0 is the loop VT_start was called on. */
  self: number
  /** How many loops run (1 until VT_start starts more). */
  count: number
  /** Clue rows then loop rows, shared by every loop once several run. */
  table: Int32Array
}

export const here: Here = { self: 0, count: 1, table: new Int32Array(tableLength()) }

export function tableLength(): number {
  return MAX_CLUES * CLUE_FIELDS + MAX_LOOPS * LOOP_FIELDS
}

export function currentLoop(): number {
  return here.self
}

/** A field of clue row `row`. */
export function clueField(row: number, field: number): number {
  return row * CLUE_FIELDS + field
}

/** A field of loop `loop`'s row. */
export function loopField(loop: number, field: number): number {
  return MAX_CLUES * CLUE_FIELDS + loop * LOOP_FIELDS + field
}

/** Loop row fields. */
export const LOOP_LIVE = 0 //       live threads at the end of its last round
export const LOOP_IN = 1 //         threads that arrived (counted once there)
export const LOOP_OUT = 2 //        threads that left (counted before they are sent)
export const LOOP_GONE = 3 //       1 once the loop's worker stopped
export const LOOP_UTILIZATION = 5 // per mille of the last period (the Cluethread's), measured by the loop itself
export const LOOP_SLEEPING = 6 //   1 while the loop waits for its bell (link.ts)

export interface LoopStats {
  readonly loop: number
  readonly live: number
  readonly arrived: number
  readonly left: number
  readonly stopped: boolean
  /** The share of the Cluethread's last period the loop was busy (performance.eventLoopUtilization). */
  readonly utilization: number
}

export function loopStats(): LoopStats[] {
  const rows: LoopStats[] = []
  for (let loop = 0; loop < here.count; loop++) {
    const field = (f: number): number => atomicLoad(here.table, loopField(loop, f))
    const live = loop === here.self ? liveThreadCount() : field(LOOP_LIVE)
    append(rows, { loop, live, arrived: field(LOOP_IN), left: field(LOOP_OUT), stopped: field(LOOP_GONE) === 1, utilization: field(LOOP_UTILIZATION) / 1000 })
  }
  return rows
}
