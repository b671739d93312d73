// A FIFO as a power-of-two ring buffer, so pushing and shifting allocate nothing once it has grown
// to the program's peak: the throwable queues (paper §2.2.1) and the queues of channel ports.
// One slot always stays free: the slot before the head, where shiftKeeping leaves the item it
// took — the event loop's running thread, known without a store per throw (loop.ts).

import { filled } from './lists.js'

/** Rings up to this size are kept when empty: steady traffic does not reallocate them. */
const SMALL = 1024

export class Fifo<T> {
  private ring: (T | undefined)[] = filled<T | undefined>(16, undefined)
  private head = 0
  length = 0

  push(item: T): void {
    if (this.length === this.ring.length - 1) this.grow()
    this.ring[(this.head + this.length) & (this.ring.length - 1)] = item
    this.length++
  }

  shift(): T | undefined {
    if (this.length === 0) return undefined
    const item = this.ring[this.head]
    this.ring[this.head] = undefined
    this.head = (this.head + 1) & (this.ring.length - 1)
    this.length--
    return item
  }

  /**
   * shift(), but the item stays in its slot until the next call clears it, so that taken() can
   * tell which item that was: the same stores as shift(), one of them a call later.
   */
  shiftKeeping(): T | undefined {
    const mask = this.ring.length - 1
    this.ring[(this.head - 1) & mask] = undefined
    if (this.length === 0) return undefined
    const item = this.ring[this.head]
    this.head = (this.head + 1) & mask
    this.length--
    return item
  }

  /** The item the last shiftKeeping() took, until the next one (undefined once it found the queue empty). */
  taken(): T | undefined {
    return this.ring[(this.head - 1) & (this.ring.length - 1)]
  }

  /** Take `item` out wherever it is queued (a cancelled waiter); the others keep their order. */
  remove(item: T): void {
    const mask = this.ring.length - 1
    let kept = 0
    for (let i = 0; i < this.length; i++) {
      const x = this.ring[(this.head + i) & mask]
      if (x !== item) this.ring[(this.head + kept++) & mask] = x
    }
    for (let i = kept; i < this.length; i++) this.ring[(this.head + i) & mask] = undefined
    this.length = kept
  }

  /**
   * Give back a ring grown by a burst (more than SMALL items queued at once) once the queue is
   * empty, so that a million threads started together and since parked do not keep their slots —
   * unless the burst just went through it: `used`, the items that did since the caller last
   * asked, fill a quarter of the ring or more. Ten thousand threads woken together again and
   * again (each awaiting a promise) grew it to 16,384 slots anew every time (docs/benchmarks.md,
   * "VT_await of a settled promise").
   */
  trim(used: number): void {
    if (this.length === 0 && this.ring.length > SMALL && used * 4 < this.ring.length) {
      this.ring = filled<T | undefined>(16, undefined)
      this.head = 0
    }
  }

  private grow(): void {
    const old = this.ring
    const mask = old.length - 1
    const ring = filled<T | undefined>(old.length * 2, undefined)
    for (let i = 0; i < this.length; i++) ring[i] = old[(this.head + i) & mask]
    ring[ring.length - 1] = old[(this.head - 1) & mask] // the item shiftKeeping left, before the new head
    this.ring = ring
    this.head = 0
  }
}
