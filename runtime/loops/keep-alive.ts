// The process lives while a thread lives on any loop. Loop 0's own threads keep it alive as they
// always have (a parked thread waits on a handle, a timer, a promise); the other loops' workers do
// not (they are unref'd, or a program whose threads are done would never exit). So while a thread
// of loop 0 is elsewhere, a migrant is in flight, or another loop has live threads, loop 0 holds a
// timer that checks again; each loop publishes its count of live threads (here.ts).

import { atomicLoad, setTimeout } from '../intrinsics.js'
import { LOOP_GONE, LOOP_IN, LOOP_LIVE, LOOP_OUT, here, loopField } from './here.js'

const CHECK_MS = 20
let timer: ReturnType<typeof setTimeout> | null = null

/**
 * How many threads of this loop are elsewhere (away.ts, awayCount), given by start.ts: away.ts
 * calls keepAlive, so this file does not import it.
 */
let awayCount: () => number = () => 0

export function countAway(count: () => number): void {
  awayCount = count
}

/** Something may live elsewhere: keep the process alive until a check finds nothing. */
export function keepAlive(): void {
  if (timer === null && here.self === 0 && here.count > 1) timer = setTimeout(check, CHECK_MS)
}

function check(): void {
  timer = null
  if (somethingLives()) keepAlive()
}

function somethingLives(): boolean {
  const table = here.table
  if (awayCount() > 0 || inFlight() > 0) return true
  for (let loop = 1; loop < here.count; loop++) {
    if (atomicLoad(table, loopField(loop, LOOP_GONE)) === 0 && atomicLoad(table, loopField(loop, LOOP_LIVE)) > 0) return true
  }
  return false
}

/**
 * Migrants sent and not yet arrived, on every loop. Arrivals are read first: a migrant counted
 * there left before, and a loop counts a departure before it sends, so it is counted as sent too.
 */
function inFlight(): number {
  const table = here.table
  let count = 0
  for (let loop = 0; loop < here.count; loop++) count -= atomicLoad(table, loopField(loop, LOOP_IN))
  for (let loop = 0; loop < here.count; loop++) count += atomicLoad(table, loopField(loop, LOOP_OUT))
  return count
}
