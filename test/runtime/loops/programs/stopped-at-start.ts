// A loop's worker fails as it loads the program — its top-level code throws on a worker thread —
// so it never runs a thread: loop 0 says so on stderr, with the loop and the reason, takes its
// clues, and the program runs on.

import { isMainThread } from 'node:worker_threads'
import { VT_clue, VT_follow, VT_loop, VT_sleep, VT_start, VT_stats } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

VT_clue('first') // loop 0
const second = VT_clue('second') // loop 1, until it stops

if (!isMainThread) throw new Error('this module does not load on a worker thread')

export function main(): string {
  while (!VT_stats().loops[1]!.stopped) VT_sleep(10)
  VT_follow(second)
  return `followed second to loop ${VT_loop()}`
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
