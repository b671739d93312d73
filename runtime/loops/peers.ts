// The Metathread of each event loop (paper §2.2.1.1), its links: what carries the threads other
// loops send here, and the rest of what loops tell each other (deliver.ts handles each message).
// Every pair of loops has a link (link.ts); a message is handled as it arrives, between rounds,
// which is when a parked thread's event would be: a migrant is appended to the yield queue, so it
// runs after every thread already runnable here. (A virtual thread parked on the links would do
// the same work with a hop more.)
//
// A loop reads its links after every round. One that goes idle right after threads moved spins
// for a moment (VT_start's spinMicros) reading them, before it sleeps and leaves waking it to the
// bell: in a pipeline the next thread is usually on its way, and catching it costs far less than
// a wake-up of the thread (docs/runtime.md §14.2).

import type { Message } from './away.js'
import { LOOP_GONE, LOOP_SLEEPING, here, loopField } from './here.js'
import { atomicLoad, atomicStore, now } from '../intrinsics.js'
import { append } from '../lists.js'
import { PortLink, RingLink, type Link, type LinkEnds, type PeerPort, type PullPort } from './link.js'
import { hasRunnable } from '../loop.js'

/** links[i]: the link to loop i (none to itself). */
let links: (Link | undefined)[] = []
/** How long an idle loop reads its links before it sleeps, after threads moved (ms; 0: never). */
let spinMs = 0
/** Reads of the links between two looks at the clock while spinning. */
const SPIN_READS = 16
/** A thread left or arrived since this loop last went idle. */
let moved = false
/** Milliseconds this loop has spun, all told, while the Cluethread measures it (it counts them as idle). */
let spun = 0
let countSpin = false
/**
 * What is done with a message that arrives (deliver.ts), given by start.ts as the loop connects:
 * the modules that handle messages post through this one, which imports none of them.
 */
let deliver: (message: Message) => void = () => {}

/** A message for this loop, from another or from itself. */
function receive(message: Message): void {
  if (message.t === 'migrant') moved = true
  deliver(message)
}

/**
 * Listen to the other loops by plain ports (the one-process test mode). A worker's loop keeps its
 * ports referenced (the worker lives until the process ends); loop 0's do not keep the process
 * alive (keep-alive.ts decides that).
 */
export function connect(peers: (PeerPort | undefined)[], keepRef: boolean, delivery: (message: Message) => void): void {
  deliver = delivery
  links = []
  for (const port of peers) {
    append(links, port === undefined ? undefined : new PortLink(port))
    if (port === undefined) continue
    port.on('message', receive)
    if (!keepRef) port.unref()
  }
}

/** Listen to the other loops by rings (worker threads): the bells keep a worker alive as its ports did. */
export function connectRings(ends: (LinkEnds | undefined)[], keepRef: boolean, pull: PullPort, spinMicros: number, delivery: (message: Message) => void): void {
  deliver = delivery
  links = []
  spinMs = spinMicros / 1000
  for (let loop = 0; loop < ends.length; loop++) {
    const end = ends[loop]
    append(links, end === undefined ? undefined : new RingLink(loop, end, pull))
    if (end === undefined) continue
    end.data.unref()
    end.bell.on('message', woken)
    if (!keepRef) end.bell.unref()
  }
  rest()
}

export function post(loop: number, message: Message): void {
  if (loop === here.self) return receive(message)
  if (message.t === 'migrant') moved = true
  links[loop]?.send(message)
}

/** What arrived on every link; how many messages. */
function drain(): number {
  let count = 0
  for (let loop = 0; loop < links.length; loop++) count += links[loop]?.drain(receive) ?? 0
  return count
}

/** After every round (deliver.ts, afterRound): read the links; when idle, spin if threads just moved, then sleep. */
export function readLinks(idle: boolean): void {
  drain()
  if (!idle) return
  if (moved && spinMs > 0 && spin() > 0 && hasRunnable()) return
  rest()
}

/** Read the links until something arrives or spinMs passes; how many arrived. */
function spin(): number {
  moved = false
  // awake: a writer need not ring (stored only if set: writers read this line)
  const sleeping = loopField(here.self, LOOP_SLEEPING)
  if (atomicLoad(here.table, sleeping) === 1) atomicStore(here.table, sleeping, 0)
  const start = now()
  const until = start + spinMs
  do {
    // the clock costs more than a read of the links (performance.now is a wrapped function in Node)
    for (let i = 0; i < SPIN_READS; i++) {
      const count = drain()
      if (count > 0) {
        // a look at the clock on the way to the arrived thread: only when someone reads the sum
        if (countSpin) spun += now() - start
        return count
      }
    }
  } while (now() < until)
  spun += spinMs
  return 0
}

/** Milliseconds spun so far; from the first call on, spins that end with an arrival count too. */
export function spunMs(): number {
  countSpin = true
  return spun
}

/**
 * Say this loop sleeps, then read the links once more: a writer that published before it saw the
 * flag is read here, one after it rings the bell (both sides store, then load: one sees the other).
 */
function rest(): void {
  atomicStore(here.table, loopField(here.self, LOOP_SLEEPING), 1)
  drain()
}

/** The bell rang: the ringer cleared the flag, so sleep again once the links are read. */
function woken(): void {
  drain()
  rest()
}

/** Tell every other loop. */
export function broadcast(message: Message): void {
  for (let loop = 0; loop < links.length; loop++) if (loop !== here.self) post(loop, message)
}

export function alive(loop: number): boolean {
  return atomicLoad(here.table, loopField(loop, LOOP_GONE)) === 0
}
