// Loops in one process (inProcess: { seed }): the seed decides the order in which messages
// between loops arrive, so the order threads reach each loop — the tickets they draw there —
// varies with the seed and repeats with it. The work itself comes out the same whatever the order.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_spawn, VT_start, VT_yield, type VThread } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const left = VT_clue('left') // loop 0
const right = VT_clue('right') // loop 1
const far = VT_clue('far') // loop 2

/** Per loop: each instance of this module is one loop's. */
let tickets = 0

export function walker(n: number): string {
  const drawn: string[] = []
  let sum = 0
  const route = [right, far, left, far, right]
  // an index, not for…of: an iterator cannot move between loops
  for (let i = 0; i < route.length; i++) {
    VT_follow(route[i]!)
    drawn.push(`${VT_loop()}:${tickets++}`)
    sum += n
    VT_yield()
  }
  VT_follow(left)
  return `${sum} ${drawn.join(' ')}`
}

export function main(): string {
  const threads: VThread<string>[] = []
  for (let n = 1; n <= 6; n++) threads.push(VT_spawn(walker, n))
  const lines: string[] = []
  for (const t of threads) lines.push(VT_join(t))
  return lines.join('\n')
}

const seed = Number(process.argv[2] ?? '1')
printOutcome(VT_start(main, { loops: 3, module: import.meta.url, inProcess: { seed } }))
