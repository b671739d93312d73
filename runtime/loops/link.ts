// The mail from this event loop to one other, and back (docs/runtime.md §14.2). Between loops on
// worker threads a link is two rings in shared memory, one each way (ring.ts), and two
// MessagePorts: a data port for what the ring cannot carry, and a bell that wakes a loop that
// went to sleep. A message that takes the data port leaves a marker in the ring, so the reader
// takes every message in the order it was sent, whichever way it came — the order the runtime
// relies on (a thread's end after its arrival, a cancel after the move it follows).
//
// A loop asleep says so in the shared table (LOOP_SLEEPING); a writer that finds it so rings the
// bell, once. A loop that is running reads its rings after every round, and one that has just
// moved threads spins for a moment before it sleeps (peers.ts), so the bell is rung only when the
// other loop really sleeps: most migrants cross with no wake-up of a thread at all.

import { Error, atomicCompareExchange, atomicLoad, setTimeout } from '../intrinsics.js'
import { append } from '../lists.js'
import type { Message } from './away.js'
import { LOOP_GONE, LOOP_SLEEPING, here, loopField } from './here.js'
import { RingReader, RingWriter } from './ring.js'
import { MIGRANT_ENTRY, Names, PORT_ENTRY, encodable, readMigrant, writeMigrant } from './wire.js'

/** What a loop uses of a worker_threads MessagePort. */
export interface PeerPort {
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: Message) => void): unknown
  unref(): void
}

/** A link's ends as a worker receives them (LoopData). */
export interface LinkEnds {
  readonly out: SharedArrayBuffer
  readonly in: SharedArrayBuffer
  readonly data: PeerPort
  readonly bell: PeerPort
}

/** Takes the next message of a port at once, or undefined (worker_threads.receiveMessageOnPort). */
export type PullPort = (port: PeerPort) => { message: unknown } | undefined

export interface Link {
  send(message: Message): void
  /** Hand what arrived by the ring (and the data port, in its place) to `receive`; how many. */
  drain(receive: (message: Message) => void): number
}

/** A link of plain MessagePorts: messages arrive by the port's listener (the one-process test mode). */
export class PortLink implements Link {
  constructor(private readonly port: PeerPort) {}

  send(message: Message): void {
    this.port.postMessage(message)
  }

  drain(): number {
    return 0
  }
}

/** Links with markers waiting for room in their ring. */
let backlogged: RingLink[] = []
let retrying = false
const RETRY_MS = 1

export class RingLink implements Link {
  private readonly writer: RingWriter
  private readonly reader: RingReader
  private readonly sentNames = new Names()
  private readonly readNames: string[] = []
  /**
   * Messages sent while the ring was full: each went by the data port at once, and its marker
   * waits here for room. Copied as they were sent (not when room comes: the objects a migrant
   * carries may change meanwhile), and a message that cannot be copied throws at its sender.
   */
  private markers = 0

  constructor(
    private readonly to: number,
    private readonly ends: LinkEnds,
    private readonly pull: PullPort,
  ) {
    this.writer = new RingWriter(ends.out)
    this.reader = new RingReader(ends.in)
  }

  send(message: Message): void {
    if (this.markers === 0 && this.write(message)) return this.ring()
    // posted before its marker, as write() does: the reader finds it when it reads the marker
    this.ends.data.postMessage(message)
    if (this.markers++ === 0) append(backlogged, this)
    retryLater()
  }

  /** Publish the markers the full ring held back; whether all went (or the other loop is gone, and with it what it would have done with them). */
  flush(): boolean {
    if (atomicLoad(here.table, loopField(this.to, LOOP_GONE)) === 1) this.markers = 0
    let published = 0
    while (published < this.markers && this.writeMarker()) published++
    if (published > 0) {
      this.markers -= published
      this.ring()
    }
    return this.markers === 0
  }

  private write(message: Message): boolean {
    if (message.t === 'migrant' && encodable(message.m)) {
      if (writeMigrant(this.writer, this.sentNames, message.m)) return true
      // larger than the whole ring: waiting for room would be waiting forever, so it takes the port
      if (!this.writer.drained()) return false
    }
    if (!this.beginMarker()) return false
    this.ends.data.postMessage(message)
    return this.writer.commit()
  }

  /** Begin the ring's entry saying "the next message is on the port"; false if there is no room. */
  private beginMarker(): boolean {
    const w = this.writer
    w.begin()
    w.put(PORT_ENTRY)
    return w.fits()
  }

  private writeMarker(): boolean {
    return this.beginMarker() && this.writer.commit()
  }

  /** Wake the other loop if it sleeps: whoever finds it asleep first rings, once. */
  private ring(): void {
    const field = loopField(this.to, LOOP_SLEEPING)
    if (atomicLoad(here.table, field) === 1 && atomicCompareExchange(here.table, field, 1, 0) === 1) this.ends.bell.postMessage(0)
  }

  drain(receive: (message: Message) => void): number {
    const r = this.reader
    let count = 0
    while (r.pending()) {
      const message = r.get() === MIGRANT_ENTRY ? ({ t: 'migrant', m: readMigrant(r, this.readNames) } as const) : this.fromPort()
      r.done()
      count++
      receive(message)
    }
    return count
  }

  private fromPort(): Message {
    const got = this.pull(this.ends.data)
    // posted before its marker was published: it is there
    if (got === undefined)
      throw new Error(`vtify internal error: event loop #${here.self} found no message on the port from loop #${this.to} where its ring said one was`)
    return got.message as Message
  }
}

function retryLater(): void {
  if (retrying) return
  retrying = true
  setTimeout(retry, RETRY_MS)
}

function retry(): void {
  retrying = false
  const waiting: RingLink[] = []
  for (let i = 0; i < backlogged.length; i++) {
    const link = backlogged[i] as RingLink
    if (!link.flush()) append(waiting, link)
  }
  backlogged = waiting
  if (backlogged.length > 0) retryLater()
}
