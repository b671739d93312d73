// VT_lines(ch) and VT_readLine(lines): text a line at a time from any byte channel VT_read reads
// (a socket, a stream, a pipe, a Web ReadableStream). The reader keeps the bytes after the line it
// returned for the next call. A line ends at "\n" (a "\r" before it is dropped); the last line may
// lack one; then VT_readLine returns undefined. Text is decoded as UTF-8, a character split across
// reads included. A call that finds a whole line buffered returns at once; otherwise it reads in a
// small thread of its own that runs in the caller's place, as a dynamic call does (docs/runtime.md §10).

import { describeArgument } from '../errors.js'
import { RangeError, TypeError, Uint8Array, bytesSubarray, isInteger } from '../intrinsics.js'
import { Continuation, RETURN, NEXT, WAIT, take, type Signal } from '../protocol.js'
import { kRead } from '../primitives.js'
import { multistate } from '../registry.js'
import { startChild } from '../threads.js'
import { copyBytes } from './bytes.js'
import { callAtHome, channelOf, isElsewhere, isHandle } from '../loops/handles.js'

const decoder = /* @__PURE__ */ new TextDecoder('utf-8')
const decode = /* @__PURE__ */ TextDecoder.prototype.decode.bind(decoder) as (bytes: Uint8Array) => string
const LF = 0x0a
const CR = 0x0d

/** Returned by LineReader.next when no whole line is buffered yet. */
const MORE: unique symbol = Symbol('vtify.moreBytes')

export class LineReader {
  private buf: Uint8Array
  private start = 0
  private end = 0
  private ended = false

  constructor(
    readonly channel: object,
    readonly maxLine = 1 << 20,
  ) {
    if (!isInteger(maxLine) || maxLine < 1) throw new RangeError(`VT_lines: maxLine must be an integer ≥ 1, got ${describeArgument(maxLine)}`)
    this.buf = new Uint8Array(1024)
  }

  /** The next line if one is buffered, the last unterminated one at end of stream, undefined after it, or MORE. */
  next(): string | undefined | typeof MORE {
    for (let i = this.start; i < this.end; i++) {
      if (this.buf[i] !== LF) continue
      this.check(i - this.start)
      const stop = i > this.start && this.buf[i - 1] === CR ? i - 1 : i
      const line = decode(bytesSubarray(this.buf, this.start, stop))
      this.start = i + 1
      return line
    }
    if (!this.ended) return MORE
    if (this.start === this.end) return undefined
    const last = decode(bytesSubarray(this.buf, this.start, this.end))
    this.start = this.end
    return last
  }

  /** Free space at the end of the buffer for the next read: unread bytes moved to the front, the buffer grown if full. */
  space(): Uint8Array {
    const unread = this.end - this.start
    this.check(unread)
    if (this.start > 0) {
      copyBytes(this.buf, 0, this.buf, this.start, unread)
      this.start = 0
      this.end = unread
    }
    if (this.end === this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2)
      copyBytes(grown, 0, this.buf, 0, this.end)
      this.buf = grown
    }
    return bytesSubarray(this.buf, this.end, this.buf.length)
  }

  /** A line (or the part of one buffered so far) must fit in maxLine bytes: a peer cannot make the buffer grow without bound. */
  private check(length: number): void {
    if (length > this.maxLine) throw new RangeError(`VT_readLine: a line is longer than ${this.maxLine} bytes`)
  }

  /** A read into space() returned n bytes (0: end of stream). */
  filled(n: number): void {
    if (n === 0) this.ended = true
    this.end += n
  }
}

/**
 * The state machine of the child thread below, registered for dumps and stacks. Marked pure so
 * that a bundle without VT_readLine drops the registration, and this module with it.
 */
const readLine = /* @__PURE__ */ multistate(readLine$sm, { name: 'VT_readLine', file: '<vtify/runtime>', lines: [0, 0], calls: ['', 'VT_read'] })

/** The thread that reads until a line is complete, in its caller's place. */
class ReadLineThread extends Continuation {
  reader: LineReader
  constructor(reader: LineReader) {
    super(readLine, 0)
    this.reader = reader
  }
}

function readLine$sm(k: ReadLineThread): Signal {
  for (;;) {
    switch (k.state) {
      case 0: {
        const line = k.reader.next()
        if (line !== MORE) {
          k.value = line
          return RETURN
        }
        k.state = 1
        if (kRead(k, k.reader.channel, k.reader.space()) === WAIT) return WAIT
      }
      // falls through
      case 1:
        k.reader.filled(take(k, k.value) as number)
        k.state = 0
    }
  }
}

/** VT_readLine(lines): the next line without its end, or undefined at end of stream. */
export function kReadLine(k: Continuation, given: unknown): Signal {
  if (isElsewhere(given)) return callAtHome(k, given, 'readLine', [given])
  const lines = isHandle(given) ? channelOf(given, 'VT_readLine') : given
  if (!(lines instanceof LineReader)) throw new TypeError('VT_readLine: expected a line reader made by VT_lines(channel)')
  const line = lines.next()
  if (line !== MORE) {
    k.value = line
    return NEXT
  }
  const child = new ReadLineThread(lines)
  k.waitingOn = child
  startChild(k, child)
  return WAIT
}
