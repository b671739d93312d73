// Threads that leave while the ring to the other loop is full (docs/runtime.md §14.2): each is
// copied as it leaves. What its loop does afterwards to an object it carried does not travel
// with it — not a changed number, and not a function put into the object, which could not be
// copied at all and, copied late, would have thrown far from any thread.

import { VT_clue, VT_follow, VT_join, VT_sleep, VT_spawn, VT_start, VT_yield, type VThread } from 'vtify/runtime'
import { busyThere } from './load.js'
import { printOutcome } from './outcome.js'

const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1

/** Crosses in the ring (numbers and short strings only), ~110 words of it: a few hundred fill it. */
export function filler(text: string): number {
  VT_follow(away)
  const length = text.length
  VT_follow(home)
  return length
}

/** Crosses by the data port (it carries an object): behind the fillers, its marker waits for room. */
export function carrier(box: { n: number }): string {
  VT_follow(away)
  const seen = `${box.n}${'later' in box ? ' and a function' : ''}`
  VT_follow(home)
  return seen
}

export function main(): string {
  const count = 1000
  const busy = VT_spawn(busyThere, away, home, 300) // loop 1 reads none of its ring meanwhile
  VT_sleep(30)
  const fillers: VThread<number>[] = []
  for (let i = 0; i < count; i++) fillers.push(VT_spawn(filler, `${i}:`.padEnd(200, 'x')))
  const boxes: { n: number }[] = []
  const carriers: VThread<string>[] = []
  for (let i = 0; i < count; i++) {
    boxes.push({ n: i })
    carriers.push(VT_spawn(carrier, boxes[i]!))
  }
  VT_yield() // every thread above runs to its VT_follow and leaves
  for (const box of boxes) Object.assign(box, { n: -1, later: () => 1 })
  let whole = 0
  for (const t of fillers) if (VT_join(t) === 200) whole++
  const changed: string[] = []
  for (let i = 0; i < count; i++) {
    const seen = VT_join(carriers[i]!)
    if (seen !== String(i)) changed.push(seen)
  }
  VT_join(busy)
  const unchanged = `${count - changed.length} of ${count} carriers arrived with their box as it was when they left`
  return [`${whole} fillers arrived whole`, changed.length === 0 ? unchanged : `${unchanged}; one saw ${changed[0]}`].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }))
