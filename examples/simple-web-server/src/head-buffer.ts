// The bounded buffer a connection reads request heads into. Bytes after a head stay for the next
// request (pipelining). Shared with the async/await twin (bench/runtime/sws-async.ts): only the
// waiting for bytes differs.
import { MAX_HEAD } from './http.js'

const CR = 13
const LF = 10

/** findHead's answer when the head in the buffer is over MAX_HEAD bytes (431). */
export const TOO_LARGE = -2

export class HeadBuffer {
  // A Buffer for its latin1 decoding: HTTP field bytes map one to one onto characters.
  private readonly bytes = Buffer.alloc(MAX_HEAD)
  private start = 0
  private end = 0
  /** Where the search for the blank line resumes: bytes before it were searched already. */
  private scanned = 0

  /** Whether bytes of a next request are waiting. */
  get pending(): boolean {
    return this.end > this.start
  }

  /** The free space to read into (moving the unread bytes to the front first if needed). */
  space(): Uint8Array {
    if (this.end === this.bytes.length && this.start > 0) {
      this.bytes.copyWithin(0, this.start, this.end)
      this.scanned -= this.start
      this.end -= this.start
      this.start = 0
    }
    return this.bytes.subarray(this.end)
  }

  /** n bytes were read into space(). */
  added(n: number): void {
    this.end += n
  }

  /** The length of the complete head at the front, -1 if more bytes are needed, or TOO_LARGE. */
  findHead(): number {
    const bytes = this.bytes
    // A blank line ending at i ≥ scanned; it must lie within this head (i - 3 ≥ start): the
    // previous head's blank line may sit right before start.
    // eslint-disable-next-line vtify/require-yield-in-loop -- at most MAX_HEAD bytes: microseconds
    for (let i = Math.max(this.scanned, this.start + 3); i < this.end; i++) {
      if (bytes[i] === LF && bytes[i - 1] === CR && bytes[i - 2] === LF && bytes[i - 3] === CR) return i + 1 - this.start
    }
    this.scanned = this.end
    return this.end - this.start >= MAX_HEAD ? TOO_LARGE : -1
  }

  /** Remove the head of `length` bytes from the front and return its text. */
  take(length: number): string {
    const text = this.bytes.toString('latin1', this.start, this.start + length)
    this.start += length
    this.scanned = this.start
    if (this.start === this.end) this.start = this.end = this.scanned = 0
    return text
  }
}
