// Web streams as channels: ReadableStream (read side), WritableStream (write side), and any
// { readable, writable } pair (TransformStream, WebSocketStream, …). The stream is locked to
// vtify on first use (getReader / getWriter). Reads hold at most one chunk; writes wait on the
// writer's desiredSize (the stream's backpressure signal).

import { TypeError, isUint8Array, min, whenSettled } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { NEXT, WAIT, type Continuation, type Signal } from '../protocol.js'
import { channelBusy, channelClosed, channelFailure } from '../errors.js'
import { copyBytes, ownCopy } from './bytes.js'
import { ParkedReader } from './parked-reader.js'
import type { Port } from './port.js'

export function isWebReadable(ch: object): ch is ReadableStream<Uint8Array> {
  return typeof (ch as Partial<ReadableStream>).getReader === 'function'
}

export function isWebWritable(ch: object): ch is WritableStream<Uint8Array> {
  return typeof (ch as Partial<WritableStream>).getWriter === 'function'
}

export function isWebPair(ch: object): ch is { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> } {
  const p = ch as { readable?: object; writable?: object }
  return (
    typeof p.readable === 'object' &&
    p.readable !== null &&
    isWebReadable(p.readable) &&
    typeof p.writable === 'object' &&
    p.writable !== null &&
    isWebWritable(p.writable)
  )
}

const EMPTY = /* @__PURE__ */ new Uint8Array(0)
const ignore = (): void => undefined

export class WebReadPort implements Port {
  readonly what = 'ReadableStream'
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>
  private chunk: Uint8Array = EMPTY
  private offset = 0
  private done = false
  private pending = false
  private readonly waiter = new ParkedReader()

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.getReader()
  }

  read(k: Continuation, buf: Uint8Array, n: number): Signal {
    if (this.offset < this.chunk.length || this.done) {
      k.value = this.take(buf, n)
      return NEXT
    }
    const parked = this.waiter.park(k, buf, n, this.what)
    // A read left in flight by a cancelled reader delivers to whoever waits when it settles.
    if (!this.pending) {
      this.pending = true
      void whenSettled(
        this.reader.read(),
        (result) => this.onChunk(result),
        (error: unknown) => this.onFailure(channelFailure('VT_read', this.what, error)),
      )
    }
    return parked
  }

  /** A cancelled reader is forgotten; a chunk that arrives later is kept for the next read. */
  unpark(k: Continuation): void {
    this.waiter.forget(k)
  }

  private onChunk(result: ReadableStreamReadResult<Uint8Array>): void {
    this.pending = false
    if (result.done) this.done = true
    else if (!isUint8Array(result.value)) {
      this.onFailure(new TypeError(`VT_read: the ReadableStream delivered ${typeof result.value} chunks; vtify reads Uint8Array chunks`))
      return
    } else {
      this.chunk = result.value
      this.offset = 0
    }
    if (this.waiter.k !== null) this.waiter.resume(null, this.take(this.waiter.buf, this.waiter.max))
  }

  private onFailure(error: unknown): void {
    this.pending = false
    this.waiter.resume(error, 0)
  }

  private take(buf: Uint8Array, n: number): number {
    const m = min(n, this.chunk.length - this.offset)
    copyBytes(buf, 0, this.chunk, this.offset, m)
    this.offset += m
    return m
  }
}

export class WebWritePort implements Port {
  readonly what = 'WritableStream'
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>
  private failure: unknown = null
  private waiter: Continuation | null = null
  /**
   * VT_close was called. The writer cannot tell: its desiredSize stays positive while the close
   * is pending and is 0 once closed, so a later VT_write went on, reported its bytes written and
   * dropped them (the write's rejection only reached the next call).
   */
  private closing = false
  private readonly onWriteError = (error: unknown): void => {
    this.failure ??= error
  }

  constructor(stream: WritableStream<Uint8Array>) {
    this.writer = stream.getWriter()
  }

  write(k: Continuation, data: Uint8Array, n: number): Signal {
    if (this.closing) throw channelClosed('VT_write', this.what)
    if (this.failure !== null) throw channelFailure('VT_write', this.what, this.failure)
    const room = this.writer.desiredSize
    if (room === null) throw channelClosed('VT_write', this.what)
    if (this.waiter !== null) throw channelBusy('VT_write', this.what, this.waiter, k)
    const copy = ownCopy(data, n)
    if (room > 0) {
      void whenSettled(this.writer.write(copy), ignore, this.onWriteError)
      k.value = n
      return NEXT
    }
    this.waiter = k
    void whenSettled(
      this.writer.ready,
      () => this.resume(k, null, copy),
      (error: unknown) => this.resume(k, channelFailure('VT_write', this.what, error), copy),
    )
    return WAIT
  }

  /** Closing twice does nothing (the writer's second close() would fail the port). */
  close(): void {
    if (this.closing) return
    this.closing = true
    void whenSettled(this.writer.close(), ignore, this.onWriteError)
  }

  /** A cancelled writer is forgotten: its data is not written. */
  unpark(k: Continuation): void {
    if (this.waiter === k) this.waiter = null
  }

  private resume(k: Continuation, error: unknown, copy: Uint8Array): void {
    if (this.waiter !== k) return // cancelled while waiting for room
    this.waiter = null
    if (error !== null) {
      fail(k, error)
      return
    }
    void whenSettled(this.writer.write(copy), ignore, this.onWriteError)
    complete(k, copy.length)
  }
}

/** A { readable, writable } pair: reads from one side, writes to the other. */
export class WebPairPort implements Port {
  readonly what = 'stream pair'
  readonly read: Port['read']
  readonly write: Port['write']
  readonly close: Port['close']
  readonly unpark: Port['unpark']
  constructor(pair: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> }) {
    const r = new WebReadPort(pair.readable)
    const w = new WebWritePort(pair.writable)
    this.read = (k, buf, n) => r.read(k, buf, n)
    this.write = (k, data, n) => w.write(k, data, n)
    this.close = () => w.close()
    this.unpark = (k) => {
      r.unpark(k)
      w.unpark(k)
    }
  }
}
