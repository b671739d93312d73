// Loops that keep falling asleep and being woken (docs/runtime.md §14.2): threads hop between two
// loops with sleeps between the hops, so a loop is often idle, its spin over, when the next one
// arrives — the bell must wake it every time, none lost. Run with spinMicros 0 (argv[2]) every
// arrival takes the bell.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_sleep, VT_spawn, VT_start, type VThread } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const sides = [VT_clue('zero'), VT_clue('one')]

export function hopper(n: number): number {
  let landed = 0
  for (let hop = 1; hop <= 12; hop++) {
    VT_follow(sides[hop % 2]!)
    if (VT_loop() === hop % 2) landed++
    // a pause of 0–2 ms, different per thread and hop: the loops empty and refill at odd times
    if ((n + hop) % 3 !== 0) VT_sleep((n * 7 + hop) % 3)
  }
  return landed
}

export function main(): string {
  const threads: VThread<number>[] = []
  for (let n = 0; n < 60; n++) threads.push(VT_spawn(hopper, n))
  let landed = 0
  for (const t of threads) landed += VT_join(t)
  return `${landed} of ${60 * 12} hops landed where their clue is`
}

const spinMicros = Number(process.argv[2] ?? '50')
printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0, spinMicros }))
