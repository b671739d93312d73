// The simulated network and terminal behind the `sim` module (sim.d.ts): channels whose other
// end is the page. A socket's reads wait for what the page sends; its writes go to the page at
// once. The server's VT_accept waits for the page's "connect".

import { VT_CHANNEL, complete, type Channel, type Port } from '../../../runtime/index'
import type { Continuation, Signal } from '../../../runtime/protocol'

const WAIT = 0
const NEXT = 1

export type Outbound = (socket: string, bytes: Uint8Array) => void

export class SimSocket implements Port {
  readonly [VT_CHANNEL]: Port = this
  readonly what: string
  private buffered: number[] = []
  private ended = false
  private reader: { k: Continuation; buf: Uint8Array; n: number } | null = null

  constructor(
    readonly name: string,
    private readonly outbound: Outbound,
  ) {
    this.what = `socket ${name}`
  }

  read(k: Continuation, buf: Uint8Array, n: number): Signal {
    if (this.buffered.length > 0 || this.ended) {
      k.value = this.take(buf, n)
      return NEXT
    }
    this.reader = { k, buf, n }
    return WAIT
  }

  write(k: Continuation, data: Uint8Array, n: number): Signal {
    this.outbound(this.name, data.slice(0, n))
    k.value = n
    return NEXT
  }

  unpark(k: Continuation): void {
    if (this.reader?.k === k) this.reader = null
  }

  /** The page sent bytes, or closed its end (bytes undefined). */
  deliver(bytes: Uint8Array | undefined): void {
    if (bytes) this.buffered.push(...bytes)
    else this.ended = true
    const reader = this.reader
    if (!reader) return
    this.reader = null
    complete(reader.k, this.take(reader.buf, reader.n))
  }

  private take(buf: Uint8Array, n: number): number {
    const count = Math.min(n, buf.length, this.buffered.length)
    buf.set(this.buffered.splice(0, count))
    return count
  }
}

export class SimServer implements Port {
  readonly [VT_CHANNEL]: Port = this
  readonly what = 'server'
  readonly name = 'server'
  private readonly waiting: SimSocket[] = []
  private acceptor: Continuation | null = null

  accept(k: Continuation): Signal {
    const next = this.waiting.shift()
    if (next) {
      k.value = next
      return NEXT
    }
    this.acceptor = k
    return WAIT
  }

  unpark(k: Continuation): void {
    if (this.acceptor === k) this.acceptor = null
  }

  connect(socket: SimSocket): void {
    const k = this.acceptor
    if (!k) {
      this.waiting.push(socket)
      return
    }
    this.acceptor = null
    complete(k, socket)
  }
}

export type SimChannel = Channel & (SimSocket | SimServer)
