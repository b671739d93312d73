// VT_start without `loops`: one event loop per core. main visits the last loop, so the count is
// of loops that run, not only of loops configured.

import { VT_follow, VT_loop, VT_loopClue, VT_start, VT_stats } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

export function main(): string {
  const count = VT_stats().loops.length
  VT_follow(VT_loopClue(count - 1))
  return `${count} loops; main reached loop ${VT_loop()}`
}

printOutcome(VT_start(main, { module: import.meta.url }))
