// The ring-buffer FIFO of the channel ports: order across growth and wrap-around, and removal.

import { describe, expect, it } from 'vitest'
import { Fifo } from '../../runtime/queue.js'

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
})
