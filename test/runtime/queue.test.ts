// The ring-buffer FIFO of the throwable queues: order across growth, removal, and trim — a ring
// grown by a burst is given back once empty (the idle event loop trims both queues), and only then,
// unless the burst that just went through it filled a quarter of it (it may come back).

import { describe, expect, it } from 'vitest'
import { Fifo } from '../../runtime/queue.js'

const capacity = (q: Fifo<number>): number => (q as unknown as { ring: unknown[] }).ring.length

function drain(q: Fifo<number>): number[] {
  const out: number[] = []
  for (let x = q.shift(); x !== undefined; x = q.shift()) out.push(x)
  return out
}

describe('Fifo', () => {
  it('keeps FIFO order across growth and wrap-around, and removes an item in place', () => {
    const q = new Fifo<number>()
    for (let i = 0; i < 10; i++) q.push(i)
    expect([q.shift(), q.shift()]).toEqual([0, 1])
    for (let i = 10; i < 40; i++) q.push(i)
    q.remove(20)
    expect(drain(q)).toEqual([...Array.from({ length: 38 }, (_, i) => i + 2)].filter((i) => i !== 20))
  })

  it('shiftKeeping leaves the item it took in its slot until the next call, through growth and wrap-around', () => {
    const q = new Fifo<number>()
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 12; i++) q.push(i)
      expect(q.shiftKeeping()).toBe(0)
      // pushes while an item is kept (a running thread spawning others) grow the ring past it
      for (let i = 12; i < 40; i++) {
        q.push(i)
        expect(q.taken()).toBe(0)
      }
      const out: number[] = [0]
      for (let x = q.shiftKeeping(); x !== undefined; x = q.shiftKeeping()) {
        expect(q.taken()).toBe(x)
        out.push(x)
      }
      expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i))
      expect(q.taken()).toBeUndefined() // the last call found it empty and cleared the slot
    }
  })

  it('trim gives back a ring grown by a burst once empty, and keeps it while items wait', () => {
    const q = new Fifo<number>()
    for (let i = 0; i < 5000; i++) q.push(i)
    q.trim(0)
    expect(capacity(q)).toBe(8192) // not empty: kept
    expect(drain(q)).toHaveLength(5000)
    q.trim(0)
    expect(capacity(q)).toBe(16)
    q.push(7)
    expect(drain(q)).toEqual([7])
  })

  it('trim keeps a ring of steady traffic (up to 1024 slots)', () => {
    const q = new Fifo<number>()
    for (let i = 0; i < 1000; i++) q.push(i)
    drain(q)
    q.trim(0)
    expect(capacity(q)).toBe(1024)
  })

  it('trim keeps a ring a burst just went through, a quarter of it or more', () => {
    const q = new Fifo<number>()
    for (let i = 0; i < 5000; i++) q.push(i)
    drain(q)
    q.trim(5000)
    expect(capacity(q)).toBe(8192) // the burst may come back: kept
    q.trim(2048)
    expect(capacity(q)).toBe(8192)
    q.trim(2047) // under a quarter of 8,192
    expect(capacity(q)).toBe(16)
  })
})
