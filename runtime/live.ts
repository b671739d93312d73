// Every thread started and not yet ended, in start order, for VT_dump and VT_stats: a doubly
// linked list through the continuations themselves (k.older, k.newer). Two fields per thread
// cost less than a Set's entry and no hashing when a million threads start and end.

import { Error } from './intrinsics.js'
import type { Continuation } from './protocol.js'

let oldest: Continuation | null = null
let newest: Continuation | null = null
let count = 0

export function liveThreadCount(): number {
  return count
}

export function isLive(k: Continuation): boolean {
  return k === oldest || k.older !== null
}

export function addLive(k: Continuation): void {
  if (isLive(k)) throw new Error(`thread #${k.id} was already started: a continuation is thrown to by one thread only`)
  k.older = newest
  if (newest === null) oldest = k
  else newest.newer = k
  newest = k
  count++
}

export function removeLive(k: Continuation): void {
  const older = k.older
  const newer = k.newer
  if (older === null) oldest = newer
  else older.newer = newer
  if (newer === null) newest = older
  else newer.older = older
  k.older = null
  k.newer = null
  count--
}

/** Each live thread, in start order; a visit may end the thread it is given. */
export function eachLiveThread(visit: (k: Continuation) => void): void {
  for (let k = oldest; k !== null;) {
    const next: Continuation | null = k.newer
    visit(k)
    k = next
  }
}
