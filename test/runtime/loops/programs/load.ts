// Shared by the programs that keep a loop busy — for the Cluethread, or so that it reads none of
// its rings for a while: CPU time, and the moves the Cluethread made.

import { VT_dump, VT_follow, type Clue } from 'vtify/runtime'

/** Keep this loop busy for `ms`. */
export function spin(ms: number): number {
  const end = performance.now() + ms
  let n = 0
  while (performance.now() < end) n++
  return n
}

/** Keep the loop owning `there` busy for `ms` (it reads none of its rings meanwhile), then come back to `back`. */
export function busyThere(there: Clue, back: Clue, ms: number): number {
  VT_follow(there)
  const turns = spin(ms)
  VT_follow(back)
  return turns
}

/** The Cluethread's moves, as VT_dump lists them. */
export function cluethreadMoves(): string[] {
  return VT_dump()
    .split('\n')
    .filter((line) => line.startsWith('moved clue'))
}
