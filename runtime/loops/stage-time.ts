// The time each stage takes, for the Cluethread: a thread's time between two VT_follow calls
// belongs to the clue it followed first. A throw runs a thread through any number of stages that
// are on this loop (following a clue owned here moves nothing), so time is charged at each follow
// and when the throw ends — not per throw. Only when several loops run (a clock read per throw).

import { atomicAdd } from '../intrinsics.js'
import { extrasOf } from '../protocol.js'
import { setThrowTimer } from '../throw.js'
import { clueField, here } from './here.js'

/** Clue row field: microseconds threads ran in the clue's stage in the Cluethread's current period. */
export const BUSY = 5

let now: (() => number) | null = null
/** When the running thread's current stage started (or the throw did). */
let mark = 0

/** Start timing stages with `clock` (milliseconds). */
export function timeStages(clock: () => number): void {
  now = clock
  // started inside a round, the throws left in it are not timed (the loop asks for the timer as a
  // round starts) and the first charge must not count from 0
  mark = clock()
  setThrowTimer({ begin: () => void (mark = clock()), end: (k) => charge(k.extras === null ? -1 : extrasOf(k).clue) })
}

/** The running thread leaves the stage of clue row `row` (-1: none) now. */
export function charge(row: number): void {
  if (now === null) return
  const at = now()
  if (row >= 0) atomicAdd(here.table, clueField(row, BUSY), Math.round((at - mark) * 1000))
  mark = at
}
