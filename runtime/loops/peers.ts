// The Metathread of each event loop (paper §2.2.1.1): what receives the threads other loops
// send here, and the rest of what loops tell each other. Every pair of loops has a MessageChannel;
// a message is handled as it arrives, between host tasks, which is when a parked thread's event
// would be: a migrant is appended to the yield queue, so it runs after every thread already
// runnable here. (A virtual thread parked on the ports would do the same work with a hop more.)

import type { Message } from './away.js'
import { arrive, cancelHere, endedAway, loopGone, movedTo } from './away.js'
import { cluesJoined, cluesReported } from './clue-check.js'
import { reassignFrom } from './clues.js'
import { LOOP_GONE, here, loopField } from './here.js'
import { String, atomicLoad, setAdd, setHas } from '../intrinsics.js'
import { portOf } from '../channels/index.js'
import type { VHandle } from './handles.js'
import { append } from '../lists.js'
import { keepAlive } from './keep-alive.js'

/** What a loop uses of a worker_threads MessagePort. */
export interface PeerPort {
  postMessage(message: Message): void
  on(event: 'message', listener: (message: Message) => void): unknown
  unref(): void
}

/** ports[i]: the channel to loop i (none to itself). */
let ports: (PeerPort | undefined)[] = []
/** Loop 0: the loops that said they listen (their first clue report). */
const joined = new Set<number>()

/**
 * Listen to the other loops. A worker's loop keeps its ports referenced (the worker lives until
 * the process ends); loop 0's do not keep the process alive (keep-alive.ts decides that).
 */
export function connect(peers: (PeerPort | undefined)[], keepRef: boolean): void {
  ports = peers
  for (const port of peers) {
    if (port === undefined) continue
    port.on('message', receive)
    if (!keepRef) port.unref()
  }
  cluesJoined()
}

export function post(loop: number, message: Message): void {
  if (loop === here.self) return receive(message)
  ports[loop]?.postMessage(message)
}

/** Tell every other loop. */
export function broadcast(message: Message): void {
  for (let loop = 0; loop < ports.length; loop++) if (loop !== here.self) post(loop, message)
}

export function alive(loop: number): boolean {
  return atomicLoad(here.table, loopField(loop, LOOP_GONE)) === 0
}

function receive(message: Message): void {
  keepAlive()
  switch (message.t) {
    case 'migrant':
      return arrive(message.m)
    case 'ended':
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
      return cluesReported(message.loop, message.clues, message.joined)
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
