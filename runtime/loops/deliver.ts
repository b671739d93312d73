// The Metathread's work (paper §2.2.1.1): what a message from another event loop says is done
// here — a thread arrives, a thread of this loop ended or moved elsewhere, a cancel, a close, a
// loop stopped, another loop's clues. peers.ts carries the messages; this file handles them, and
// start.ts hands it to peers.ts as the loop connects, so that the modules that post messages
// (away.ts, clue-check.ts) and the one that carries them do not import each other.

import { String, setAdd, setHas } from '../intrinsics.js'
import { append } from '../lists.js'
import { portOf } from '../channels/index.js'
import { arrive, cancelHere, endedAway, loopGone, movedTo, publishLive, type Message } from './away.js'
import { cluesReported } from './clue-check.js'
import { clueList, reassignFrom } from './clues.js'
import type { VHandle } from './handles.js'
import { here } from './here.js'
import { keepAlive } from './keep-alive.js'
import { alive, readLinks } from './peers.js'
import { asBuffers } from './transferable.js'

/** Loop 0: the loops that said they listen (their first clue report). */
const joined = new Set<number>()

/** After every round (loop.ts): publish this loop's live threads, then read the links (peers.ts). */
export function afterRound(idle: boolean): void {
  publishLive()
  readLinks(idle)
}

/** A message from another loop, or from this one: what it says is done here. */
export function deliver(message: Message): void {
  keepAlive()
  switch (message.t) {
    // a Buffer crosses as a plain Uint8Array: each message lists its Buffers (transferable.ts)
    case 'migrant':
      if (message.m.buffers !== undefined) asBuffers(message.m.buffers)
      return arrive(message.m)
    case 'ended':
      if (message.buffers !== undefined) asBuffers(message.buffers)
      return endedAway(message.id, message.value, message.error, message.cancelled)
    case 'cancel':
      return cancelHere(message.id)
    case 'at':
      return movedTo(message.id, message.loop)
    case 'gone':
      return gone(message.loop, message.reason)
    case 'close':
      return closeHere(message.handle)
    case 'clues':
      if (message.joined) setAdd(joined, message.loop)
      return cluesReported(clueList(), message.loop, message.clues, message.joined)
  }
}

/** A close sent from another loop: an error here has no thread to throw to, so it is written to stderr. */
function closeHere(handle: VHandle): void {
  try {
    ;(portOf(handle, 'close', 'VT_close').close as () => void)()
  } catch (error) {
    console.error(`vtify: VT_close of handle #${handle.id}, sent from another event loop, failed: ${String(error)}`)
  }
}

function gone(loop: number, reason: string): void {
  const living: number[] = []
  for (let i = 0; i < here.count; i++) if (i !== loop && alive(i)) append(living, i)
  reassignFrom(loop, living)
  loopGone(loop, reason)
  // No thread was there to fail with the reason: without this line the program would run on
  // fewer loops and no one would know why.
  if (here.self === 0 && !setHas(joined, loop)) console.error(stoppedAtStart(loop, reason))
}

function stoppedAtStart(loop: number, reason: string): string {
  return (
    `vtify: event loop #${loop} stopped before it told loop #0 it runs (${reason}); the program runs on the other loops, which take its clues. ` +
    "Each loop's worker imports the module given to VT_start and runs its top-level code: that code must also run on a worker thread (it should only declare functions and clues)."
  )
}
