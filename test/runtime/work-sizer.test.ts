// The pool's sizer on simulated workloads (no threads, no clock): it grows while an added thread
// raises throughput, takes back the one that did not, and never passes the maximum.

import { describe, expect, it } from 'vitest'
import { Sizer } from '../../runtime/work/sizer.js'

/** Drive a sizer for `windows` windows against throughput(size) jobs/ms with a backlog; the sizes it chose. */
function drive(sizer: Sizer, throughput: (size: number) => number, windows: number, queued = 100): number[] {
  const sizes: number[] = []
  let size = 1
  for (let i = 0; i < windows; i++) {
    size = sizer.next({ completed: throughput(size) * 50, ms: 50, size, queued })
    sizes.push(size)
  }
  return sizes
}

describe('the pool sizer', () => {
  it('settles where another thread stops paying (work that scales to 3 threads)', () => {
    const sizes = drive(new Sizer(16), (size) => Math.min(size, 3), 10)
    expect(sizes.slice(0, 4)).toEqual([2, 3, 4, 3])
    expect(sizes.slice(4)).toEqual([3, 3, 3, 3, 3, 3])
  })

  it('never passes the maximum', () => {
    expect(Math.max(...drive(new Sizer(2), (size) => size, 20))).toBe(2)
  })

  it('does not grow without a backlog', () => {
    expect(drive(new Sizer(8), (size) => size, 5, 0)).toEqual([1, 1, 1, 1, 1])
  })

  it('probes again after holding, since the work may have changed', () => {
    let limit = 2
    const sizer = new Sizer(8)
    const sizes = drive(sizer, (size) => Math.min(size, limit), 5)
    expect(sizes.at(-1)).toBe(2)
    limit = 5
    let size = 2
    const later: number[] = []
    for (let i = 0; i < 60; i++) later.push((size = sizer.next({ completed: Math.min(size, limit) * 50, ms: 50, size, queued: 100 })))
    expect(later.at(-1)).toBe(5)
  })
})
