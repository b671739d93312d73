// The ring of live-thread indexes the throwable queues are: shiftKeeping leaves the index it took
// in its slot (the running thread) through growth and wrap-around, and trim — a ring grown by a
// burst is given back once empty (the idle event loop trims both queues), and only then, unless
// the burst that just went through it filled a quarter of it (it may come back).

import { describe, expect, it } from 'vitest'
import { IndexRing } from '../../runtime/index-ring.js'

const capacity = (q: IndexRing): number => (q as unknown as { ring: Int32Array }).ring.length

function drain(q: IndexRing): number[] {
  const out: number[] = []
  for (let x = q.shiftKeeping(); x !== 0; x = q.shiftKeeping()) out.push(x)
  return out
}

describe('IndexRing', () => {
  it('shiftKeeping leaves the index it took in its slot until the next call, through growth and wrap-around', () => {
    const q = new IndexRing()
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i <= 12; i++) q.push(i)
      expect(q.shiftKeeping()).toBe(1)
      // pushes while an index is kept (a running thread spawning others) grow the ring past it
      for (let i = 13; i <= 40; i++) {
        q.push(i)
        expect(q.taken()).toBe(1)
      }
      const out: number[] = [1]
      for (let x = q.shiftKeeping(); x !== 0; x = q.shiftKeeping()) {
        expect(q.taken()).toBe(x)
        out.push(x)
      }
      expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
      expect(q.taken()).toBe(0) // the last call found it empty and cleared the slot
    }
  })

  it('trim gives back a ring grown by a burst once empty, and keeps it while indexes wait', () => {
    const q = new IndexRing()
    for (let i = 1; i <= 5000; i++) q.push(i)
    q.trim(0)
    expect(capacity(q)).toBe(8192) // not empty: kept
    expect(drain(q)).toHaveLength(5000)
    q.trim(0)
    expect(capacity(q)).toBe(16)
    q.push(7)
    expect(drain(q)).toEqual([7])
  })

  it('trim keeps a ring of steady traffic (up to 1024 slots)', () => {
    const q = new IndexRing()
    for (let i = 1; i <= 1000; i++) q.push(i)
    drain(q)
    q.trim(0)
    expect(capacity(q)).toBe(1024)
  })

  it('trim keeps a ring a burst just went through, a quarter of it or more', () => {
    const q = new IndexRing()
    for (let i = 1; i <= 5000; i++) q.push(i)
    drain(q)
    q.trim(5000)
    expect(capacity(q)).toBe(8192) // the burst may come back: kept
    q.trim(2048)
    expect(capacity(q)).toBe(8192)
    q.trim(2047) // under a quarter of 8,192
    expect(capacity(q)).toBe(16)
  })
})
