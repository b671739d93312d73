// Many threads leaving at once (docs/runtime.md §14.2): more migrants than the ring between two
// loops holds — loop 1 is kept busy meanwhile, so it reads none — some carrying only numbers,
// strings, booleans and null (they cross in the ring), some an object or a long string (they
// cross by the data port, their place kept in the ring). Every thread must arrive with exactly
// what it carried, in the order they left, and come back, in spite of the backlog.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_sleep, VT_spawn, VT_start, type VThread } from 'vtify/runtime'
import { busyThere } from './load.js'
import { printOutcome } from './outcome.js'

const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1

/** Per loop: the order threads arrived here, by their number. */
const arrivals: number[] = []

/** What thread i carries; its kind varies with i. */
function cargo(i: number): { text: string; object: { i: number } | null } {
  const text = i % 5 === 0 ? 'é'.repeat(300) + i : i % 7 === 0 ? `\u{1F600}${i}\uD800` : `t${i}`
  return { text, object: i % 3 === 0 ? { i } : null }
}

export function mover(i: number): string {
  const { text, object } = cargo(i)
  const negativeZero = -0
  const half = i + 0.5
  const flag = i % 2 === 0
  const nothing = i % 4 === 0 ? null : undefined
  VT_follow(away)
  arrivals.push(i)
  const there = VT_loop()
  const expected = cargo(i)
  const same =
    text === expected.text &&
    JSON.stringify(object) === JSON.stringify(expected.object) &&
    Object.is(negativeZero, -0) &&
    half === i + 0.5 &&
    flag === (i % 2 === 0) &&
    nothing === (i % 4 === 0 ? null : undefined)
  VT_follow(home)
  return `${there}${same ? '' : ` thread ${i} arrived with other values`}`
}

/** The arrivals on loop 1: in order of departure, as all threads left loop 0 in the order spawned. */
export function arrivalOrder(count: number): string {
  VT_follow(away)
  const inOrder = arrivals.length === count && arrivals.every((n, index) => n === index)
  VT_follow(home)
  return inOrder ? 'in order' : `out of order: ${arrivals.slice(0, 20).join(' ')}`
}

export function main(): string {
  const count = 3000
  const busy = VT_spawn(busyThere, away, home, 300) // loop 1 reads none of its ring meanwhile
  VT_sleep(30)
  const threads: VThread<string>[] = []
  for (let i = 0; i < count; i++) threads.push(VT_spawn(mover, i))
  const wrong: string[] = []
  for (const t of threads) {
    const got = VT_join(t)
    if (got !== '1') wrong.push(got)
  }
  VT_join(busy)
  const arrived = wrong.length === 0 ? 'all arrived on loop 1 with what they carried' : `${wrong.length} did not, as ${wrong.slice(0, 3).join('; ')}`
  return [`${count} threads: ${arrived}`, VT_join(VT_spawn(arrivalOrder, count))].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }))
