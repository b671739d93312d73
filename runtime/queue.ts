// A throwable queue (paper §2.2.1): FIFO of runnable continuations. A power-of-two ring buffer,
// so pushing and shifting allocate nothing once it has grown to the program's peak.

import type { Continuation } from './protocol.js'

export class ThrowableQueue {
  private ring: (Continuation | undefined)[] = new Array<Continuation | undefined>(16).fill(undefined)
  private head = 0
  length = 0

  push(k: Continuation): void {
    if (this.length === this.ring.length) this.grow()
    this.ring[(this.head + this.length) & (this.ring.length - 1)] = k
    this.length++
  }

  shift(): Continuation | undefined {
    if (this.length === 0) return undefined
    const k = this.ring[this.head]
    this.ring[this.head] = undefined
    this.head = (this.head + 1) & (this.ring.length - 1)
    this.length--
    return k
  }

  /** Every queued continuation, first to last (for dumps). */
  *[Symbol.iterator](): Iterator<Continuation> {
    for (let i = 0; i < this.length; i++) {
      const k = this.ring[(this.head + i) & (this.ring.length - 1)]
      if (k !== undefined) yield k
    }
  }

  private grow(): void {
    const old = this.ring
    const ring = new Array<Continuation | undefined>(old.length * 2).fill(undefined)
    for (let i = 0; i < this.length; i++) ring[i] = old[(this.head + i) & (old.length - 1)]
    this.ring = ring
    this.head = 0
  }
}
