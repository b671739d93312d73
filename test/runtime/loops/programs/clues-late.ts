// Clues created after the loops started, in threads: loop 1 creates 'late on 1' and loop 0
// 'late on 0', each the next row of its table — the same row for two clues. Loop 1 tells loop 0
// of its clue before the thread's end (one port keeps its order), so main's VT_clue is the one
// that disagrees, and throws, naming both.

import { VT_clue, VT_follow, VT_join, VT_spawn, VT_start } from 'vtify/runtime'

VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1

export function makeThere(): void {
  VT_follow(away)
  VT_clue('late on 1')
}

export function main(): string {
  VT_join(VT_spawn(makeThere))
  VT_clue('late on 0')
  return 'no error'
}

VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }).then(
  (result) => console.log(result),
  (error: unknown) => {
    console.log(`main: ${(error as Error).message}`)
  },
)
