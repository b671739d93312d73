// VT_pipe(): an in-memory byte FIFO with a bounded buffer, for tests and for threads talking to
// each other. A writer waits while the buffer is full; a reader waits while it is empty.

import { RangeError, Uint8Array, isInteger, min } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { NEXT, WAIT, type Continuation, type Signal } from '../protocol.js'
import { ChannelError, channelBusy, channelClosed, describeArgument } from '../errors.js'
import { ParkedReader } from './parked-reader.js'
import { copyBytes } from './bytes.js'
import { VT_CHANNEL, type Port } from './port.js'

let pipes = 0
const EMPTY = /* @__PURE__ */ new Uint8Array(0)

export class Pipe implements Port {
  readonly what: string
  readonly [VT_CHANNEL]: Port = this
  private readonly ring: Uint8Array
  private head = 0
  private count = 0
  private closed = false
  private failure: ChannelError | null = null
  private readonly reader = new ParkedReader()
  // The parked writer and what it still has to write.
  private writer: Continuation | null = null
  private writeData: Uint8Array = EMPTY
  private written = 0
  private writeEnd = 0

  constructor(capacity = 65536) {
    if (!isInteger(capacity) || capacity < 1) throw new RangeError(`VT_pipe: capacity must be an integer ≥ 1, got ${describeArgument(capacity)}`)
    this.ring = new Uint8Array(capacity)
    this.what = `pipe #${++pipes}`
  }

  /** Bytes buffered and not yet read. */
  get buffered(): number {
    return this.count
  }

  read(k: Continuation, buf: Uint8Array, n: number): Signal {
    if (this.failure !== null) throw this.failure
    if (this.count > 0) {
      k.value = this.pull(buf, n)
      this.refill()
      return NEXT
    }
    if (this.closed) {
      k.value = 0
      return NEXT
    }
    return this.reader.park(k, buf, n, this.what)
  }

  write(k: Continuation, data: Uint8Array, n: number): Signal {
    if (this.failure !== null) throw this.failure
    if (this.closed) throw channelClosed('VT_write', this.what)
    if (this.writer !== null) throw channelBusy('VT_write', this.what, this.writer, k)
    let pushed = this.push(data, 0, n)
    this.feedReader()
    // A waiting reader took bytes and freed space: move more in now, or nothing ever would (it
    // would wait for bytes while this writer waits for space).
    pushed += this.push(data, pushed, n)
    if (pushed === n) {
      k.value = n
      return NEXT
    }
    this.writer = k
    this.writeData = data
    this.written = pushed
    this.writeEnd = n
    return WAIT
  }

  /** End of writes: the reader gets what is buffered, then 0. A parked writer fails. */
  close(): void {
    if (this.closed) return
    this.closed = true
    const writer = this.writer
    if (writer !== null) {
      this.writer = null
      fail(writer, channelClosed('VT_write', this.what))
    }
    if (this.count === 0) this.reader.resume(null, 0)
  }

  /**
   * A cancelled reader or writer is forgotten: later bytes stay buffered for the next reader; the
   * part of a cancelled write already moved into the buffer stays there, the rest is dropped.
   */
  unpark(k: Continuation): void {
    this.reader.forget(k)
    if (this.writer === k) {
      this.writer = null
      this.writeData = EMPTY
    }
  }

  /** A reset: every waiting and later read or write throws `ECONNRESET`. */
  destroy(): void {
    if (this.failure !== null) return
    this.failure = new ChannelError('ECONNRESET', `${this.what} was reset (destroyed) while in use`)
    this.reader.resume(this.failure, 0)
    if (this.writer !== null) fail(this.writer, this.failure)
    this.writer = null
  }

  private push(src: Uint8Array, from: number, end: number): number {
    const cap = this.ring.length
    let done = from
    while (done < end && this.count < cap) {
      const tail = (this.head + this.count) % cap
      const m = min(end - done, cap - this.count, cap - tail)
      copyBytes(this.ring, tail, src, done, m)
      this.count += m
      done += m
    }
    return done - from
  }

  private pull(dst: Uint8Array, n: number): number {
    const cap = this.ring.length
    let done = 0
    while (done < n && this.count > 0) {
      const m = min(n - done, this.count, cap - this.head)
      copyBytes(dst, done, this.ring, this.head, m)
      this.head = (this.head + m) % cap
      this.count -= m
      done += m
    }
    return done
  }

  /** Hand buffered bytes to a parked reader. */
  private feedReader(): void {
    if (this.reader.k === null || this.count === 0) return
    this.reader.resume(null, this.pull(this.reader.buf, this.reader.max))
    this.refill()
  }

  /** Space was freed: move more of a parked writer's data in, resuming it when all is in. */
  private refill(): void {
    const writer = this.writer
    if (writer === null) return
    this.written += this.push(this.writeData, this.written, this.writeEnd)
    this.feedReader()
    if (this.written < this.writeEnd) return
    this.writer = null
    this.writeData = EMPTY
    complete(writer, this.writeEnd)
  }
}
