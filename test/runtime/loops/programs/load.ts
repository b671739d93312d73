// Shared by the programs that keep a loop busy for the Cluethread: CPU time, and the moves it made.

import { VT_dump } from 'vtify/runtime'

/** Keep this loop busy for `ms`. */
export function spin(ms: number): number {
  const end = performance.now() + ms
  let n = 0
  while (performance.now() < end) n++
  return n
}

/** The Cluethread's moves, as VT_dump lists them. */
export function cluethreadMoves(): string[] {
  return VT_dump()
    .split('\n')
    .filter((line) => line.startsWith('moved clue'))
}
