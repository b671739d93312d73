// A cancelled thread that follows, in its finally block, the clue of a loop that does not run
// gets the RangeError as any thread would: a mistake in the program, cancelled or not.

import { VT_cancel, VT_follow, VT_join, VT_loopClue, VT_sleep, VT_spawn, VT_start, VT_yield } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

export function cancelled(log: string[]): void {
  try {
    VT_sleep(60_000)
  } finally {
    try {
      VT_follow(VT_loopClue(5))
    } catch (error) {
      log.push(`finally: ${String(error)}`)
    }
  }
}

export function main(): string {
  const log: string[] = []
  const thread = VT_spawn(cancelled, log)
  VT_yield()
  VT_cancel(thread)
  try {
    VT_join(thread)
  } catch (error) {
    log.push(`joined: ${(error as Error).name}`)
  }
  return log.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
