// The Cluethread moves clues, never a loop's clue. Stages a and c cost 2 ms each and start on
// loop 0, so loop 0 is busy and loop 1 idle until the Cluethread moves a or c; between them each
// thread follows the clue of loop 0 and of loop 1, and must land on that loop every time, before
// the move and after it.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_loopClue, VT_spawn, VT_start, VT_stats, type VThread } from 'vtify/runtime'
import { printOutcome } from './outcome.js'
import { cluethreadMoves, spin } from './load.js'

const a = VT_clue('a') // loop 0
VT_clue('b') // loop 1, never followed: round robin then puts c on loop 0 too
const c = VT_clue('c') // loop 0

/** Follow loop `loop`'s clue: 1 if the thread did not land there. */
function stray(loop: number): number {
  VT_follow(VT_loopClue(loop))
  return VT_loop() === loop ? 0 : 1
}

export function worker(until: number): number {
  let strays = 0
  while (Date.now() < until) {
    VT_follow(a)
    spin(2)
    strays += stray(0)
    VT_follow(c)
    spin(2)
    strays += stray(1)
  }
  return strays
}

export function main(): string {
  const until = Date.now() + 1500
  const threads: VThread<number>[] = []
  for (let i = 0; i < 8; i++) threads.push(VT_spawn(worker, until))
  let strays = 0
  for (const t of threads) strays += VT_join(t)
  const rows = VT_stats()
    .clues.map((clue) => clue.name)
    .join(' ')
  return [`strays ${strays}`, `rows ${rows}`, ...cluethreadMoves()].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 100 }))
