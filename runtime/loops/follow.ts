// VT_follow(clue): the state boundary that moves a thread to the event loop owning a clue
// (paper §2.2.3). With the clue here, or with one loop, it completes at once: nothing happens but
// the counting. Otherwise the thread leaves as plain data and resumes there, after the call.

import { Error, RangeError, TypeError } from '../intrinsics.js'
import { NEXT, WAIT, type Continuation, type Signal } from '../protocol.js'
import { depart } from './away.js'
import { follow, isClue } from './clues.js'
import type { HomeCall, VHandle } from './handles.js'
import { here } from './here.js'
import { alive } from './peers.js'

export function kFollow(k: Continuation, clue: unknown): Signal {
  if (!isClue(clue)) throw new TypeError('VT_follow: expected a clue made by VT_clue or VT_loopClue')
  // Before the cancelled thread's early return, as the check of the clue itself: a mistake in
  // the program, whether or not the thread was cancelled.
  if (clue.loop !== undefined && clue.loop >= here.count) {
    throw new RangeError(
      `VT_follow: there is no event loop #${clue.loop} (${here.count} run${here.count === 1 ? 's' : ''}): pass VT_loopClue an index below VT_start's loops`,
    )
  }
  // a cancelled thread runs its catch and finally blocks where the cancel reached it
  if (k.extras !== null && k.extras.cancelled !== null) {
    k.value = undefined
    return NEXT
  }
  const owner = follow(k, clue)
  if (owner === here.self || here.count === 1) {
    k.value = undefined
    return NEXT
  }
  if (!alive(owner)) throw new Error(`VT_follow: event loop #${owner}, which owns clue '${clue.name}', has stopped`)
  depart(k, owner)
  return WAIT
}

/** A primitive through a handle of another loop: the thread moves there, and the call is made on arrival (handles.ts, callAtHome). */
export function goHome(k: Continuation, handle: VHandle, form: HomeCall, args: readonly unknown[]): Signal {
  if (!alive(handle.loop)) throw new Error(`VT_${form}: event loop #${handle.loop}, which owns the channel, has stopped`)
  depart(k, handle.loop, { form, args })
  return WAIT
}
