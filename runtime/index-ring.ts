// The throwable queues (paper §2.2.1): FIFOs of live-thread indexes (live.ts) in a power-of-two
// Int32Array ring, so that pushing stores a number — no write barrier, whatever generation the
// thread is in — and once grown to the program's peak nothing is allocated. One slot always
// stays free: the one before the head, where shiftKeeping leaves the index it took — the event
// loop's running thread, known without a store per throw (loop.ts). 0 is no thread. A class of
// its own rather than queue.ts's Fifo holding numbers: one ring class per site keeps the round's
// calls monomorphic.

import { Int32Array } from './intrinsics.js'

/** Rings up to this size are kept when empty: steady traffic does not reallocate them. */
const SMALL = 1024

export class IndexRing {
  private ring = new Int32Array(16)
  private head = 0
  length = 0

  push(index: number): void {
    if (this.length === this.ring.length - 1) this.grow()
    this.ring[(this.head + this.length) & (this.ring.length - 1)] = index
    this.length++
  }

  /** The next index, left in its slot until the next call clears it (taken()); 0 when empty. */
  shiftKeeping(): number {
    const mask = this.ring.length - 1
    this.ring[(this.head - 1) & mask] = 0
    if (this.length === 0) return 0
    const index = this.ring[this.head] as number
    this.head = (this.head + 1) & mask
    this.length--
    return index
  }

  /** The index the last shiftKeeping() took, until the next one (0 once it found the ring empty). */
  taken(): number {
    return this.ring[(this.head - 1) & (this.ring.length - 1)] as number
  }

  /**
   * Give back a ring grown by a burst (more than SMALL indexes queued at once) once it is empty,
   * unless the burst just went through it: `used`, the indexes that did since the caller last
   * asked, fill a quarter of the ring or more. Ten thousand threads woken together again and
   * again (each awaiting a promise) grew it to 16,384 slots anew every time (docs/benchmarks.md,
   * "VT_await of a settled promise").
   */
  trim(used: number): void {
    if (this.length === 0 && this.ring.length > SMALL && used * 4 < this.ring.length) {
      this.ring = new Int32Array(16)
      this.head = 0
    }
  }

  private grow(): void {
    const old = this.ring
    const mask = old.length - 1
    const ring = new Int32Array(old.length * 2)
    for (let i = 0; i < this.length; i++) ring[i] = old[(this.head + i) & mask] as number
    ring[ring.length - 1] = old[(this.head - 1) & mask] as number // the index shiftKeeping left, before the new head
    this.ring = ring
    this.head = 0
  }
}
