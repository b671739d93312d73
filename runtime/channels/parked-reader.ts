// The one reader a channel lets wait, and where its bytes go. Every port parks its reader the
// same way; a second reader while one waits is an error (two threads would race for the bytes).

import { complete, fail } from '../loop.js'
import { WAIT, type Continuation, type Signal } from '../protocol.js'
import { channelBusy } from '../errors.js'

const EMPTY = /* @__PURE__ */ new Uint8Array(0)

export class ParkedReader {
  /** The waiting reader, if any. */
  k: Continuation | null = null
  /** Its buffer and how many bytes it takes at most. */
  buf: Uint8Array = EMPTY
  max = 0

  /** Park `k` until bytes (or the end, or an error) come. */
  park(k: Continuation, buf: Uint8Array, n: number, what: string): Signal {
    if (this.k !== null) throw channelBusy('VT_read', what, this.k, k)
    this.k = k
    this.buf = buf
    this.max = n
    return WAIT
  }

  /** A cancelled reader is forgotten (its buffer released); bytes that come later wait for the next. */
  forget(k: Continuation): void {
    if (this.k === k) this.release()
  }

  /** Resume the waiting reader with a byte count (0: the end), or fail it with `error`. */
  resume(error: unknown, bytes: number): void {
    const k = this.k
    if (k === null) return
    this.release()
    if (error !== null) fail(k, error)
    else complete(k, bytes)
  }

  private release(): void {
    this.k = null
    this.buf = EMPTY
  }
}
