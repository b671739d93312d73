// A FIFO as a power-of-two ring buffer, so pushing and shifting allocate nothing once it has grown
// to the program's peak: the queues of channel ports. (The throwable queues hold live-thread
// indexes instead: index-ring.ts.)

import { filled } from './lists.js'

export class Fifo<T> {
  private ring: (T | undefined)[] = filled<T | undefined>(16, undefined)
  private head = 0
  length = 0

  push(item: T): void {
    if (this.length === this.ring.length) this.grow()
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

  private grow(): void {
    const old = this.ring
    const mask = old.length - 1
    const ring = filled<T | undefined>(old.length * 2, undefined)
    for (let i = 0; i < this.length; i++) ring[i] = old[(this.head + i) & mask]
    this.ring = ring
    this.head = 0
  }
}
