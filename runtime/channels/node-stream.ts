// Node streams as channels: net.Socket, any Duplex, Readable or Writable. Structural typing
// only — this module is safe to load in a browser, it just never matches there.
//
// Reads use paused mode ('readable' + read()), so the stream pulls from the OS only up to its
// highWaterMark and this port holds at most the one chunk read() returned: reads never buffer
// without bound. Writes hand a private copy to write(); when write() reports the buffer is over
// its highWaterMark the thread waits for 'drain' (backpressure). A socket's copies are reused
// once written (write-buffers.ts).

import { TypeError, isUint8Array, min } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { NEXT, WAIT, type Continuation, type Signal } from '../protocol.js'
import { channelBusy, channelClosed, channelFailure } from '../errors.js'
import { copyBytes } from './bytes.js'
import { ParkedReader } from './parked-reader.js'
import type { Port } from './port.js'
import { releasesChunks, writeCopy } from './write-buffers.js'

type Listener = (arg: unknown) => void

/** The part of a Node stream this port uses. */
export interface NodeStreamLike {
  on(event: string, listener: Listener): unknown
  destroyed: boolean
  read?: (size?: number) => unknown
  write?: (chunk: Uint8Array, done?: (error?: Error | null) => void) => boolean
  end?: () => unknown
  readableEnded?: boolean
  writableEnded?: boolean
  remoteAddress?: string
  remotePort?: number
}

export function isNodeStream(ch: object): ch is NodeStreamLike {
  const s = ch as Partial<NodeStreamLike>
  return typeof s.on === 'function' && typeof s.destroyed === 'boolean' && (typeof s.read === 'function' || typeof s.write === 'function')
}

const EMPTY = /* @__PURE__ */ new Uint8Array(0)

export class NodeStreamPort implements Port {
  readonly what: string
  private chunk: Uint8Array = EMPTY
  private offset = 0
  private ended = false
  private failure: unknown = null
  private reading = false
  private writing = false
  private readonly reader = new ParkedReader()
  private writer: Continuation | null = null
  private writeCount = 0
  /** Whether its write copies can be reused once written (a socket's). */
  private readonly reusesCopies: boolean

  constructor(private readonly stream: NodeStreamLike) {
    this.what = stream.remotePort === undefined ? 'stream' : `socket ${stream.remoteAddress}:${stream.remotePort}`
    this.reusesCopies = releasesChunks(stream)
    stream.on('error', (error) => this.onError(error))
    stream.on('close', () => this.onClose())
  }

  read(k: Continuation, buf: Uint8Array, n: number): Signal {
    this.startReading()
    if (this.failure !== null) throw channelFailure('VT_read', this.what, this.failure)
    const got = this.take(buf, n)
    if (got > 0 || this.ended || this.stream.readableEnded === true) {
      k.value = got
      return NEXT
    }
    if (this.stream.destroyed) throw channelClosed('VT_read', this.what)
    return this.reader.park(k, buf, n, this.what)
  }

  write(k: Continuation, data: Uint8Array, n: number): Signal {
    this.startWriting()
    if (this.failure !== null) throw channelFailure('VT_write', this.what, this.failure)
    if (this.stream.destroyed || this.stream.writableEnded === true) throw channelClosed('VT_write', this.what)
    if (this.writer !== null) throw channelBusy('VT_write', this.what, this.writer, k)
    if (writeCopy(this.stream as Required<NodeStreamLike>, data, n, this.reusesCopies)) {
      k.value = n
      return NEXT
    }
    this.writer = k
    this.writeCount = n
    return WAIT
  }

  close(): void {
    this.stream.end?.()
  }

  /** A cancelled reader or writer is forgotten: data read later stays for the next reader. */
  unpark(k: Continuation): void {
    this.reader.forget(k)
    if (this.writer === k) this.writer = null // its chunk was handed to write() already
  }

  private startReading(): void {
    if (this.reading) return
    if (typeof this.stream.read !== 'function') throw new TypeError(`VT_read: ${this.what} is not readable`)
    this.reading = true
    this.stream.on('readable', () => this.onReadable())
    this.stream.on('end', () => this.onEnd())
  }

  private startWriting(): void {
    if (this.writing) return
    if (typeof this.stream.write !== 'function') throw new TypeError(`VT_write: ${this.what} is not writable`)
    this.writing = true
    this.stream.on('drain', () => this.onDrain())
  }

  /** Copy up to n bytes from the held chunk, pulling the next chunk from the stream if needed. */
  private take(buf: Uint8Array, n: number): number {
    if (this.offset === this.chunk.length) {
      const next = (this.stream as Required<NodeStreamLike>).read()
      if (next === null) return 0
      if (!isUint8Array(next)) {
        throw new TypeError(`VT_read: ${this.what} delivers ${typeof next} chunks; vtify reads bytes (do not call setEncoding or use object mode)`)
      }
      this.chunk = next
      this.offset = 0
    }
    const m = min(n, this.chunk.length - this.offset)
    copyBytes(buf, 0, this.chunk, this.offset, m)
    this.offset += m
    return m
  }

  private onReadable(): void {
    if (this.reader.k === null) return
    let got: number
    try {
      got = this.take(this.reader.buf, this.reader.max)
    } catch (error) {
      this.reader.resume(error, 0)
      return
    }
    if (got > 0) this.reader.resume(null, got)
  }

  private onEnd(): void {
    this.ended = true
    this.reader.resume(null, 0)
  }

  private onDrain(): void {
    const writer = this.writer
    if (writer === null) return
    this.writer = null
    complete(writer, this.writeCount)
  }

  private onError(error: unknown): void {
    this.failure = error
    if (this.reader.k !== null) this.reader.resume(channelFailure('VT_read', this.what, error), 0)
    const writer = this.writer
    if (writer !== null) {
      this.writer = null
      fail(writer, channelFailure('VT_write', this.what, error))
    }
  }

  /** Destroyed without an error: waiting readers before the end and writers fail. */
  private onClose(): void {
    if (this.reader.k !== null) this.reader.resume(this.ended ? null : channelClosed('VT_read', this.what), 0)
    const writer = this.writer
    if (writer !== null) {
      this.writer = null
      fail(writer, channelClosed('VT_write', this.what))
    }
  }
}
