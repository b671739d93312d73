// A loop's worker stops while threads are on it: they end with an error that says so, their
// joiners on loop 0 get it, the clues it owned go to loop 0, and the rest of the program runs on.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_sleep, VT_spawn, VT_start, VT_stats } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const there = VT_clue('here first') // loop 0
const doomed = VT_clue('doomed') // loop 1

export function waits(): string {
  VT_follow(doomed)
  VT_sleep(60_000)
  return 'woke'
}

export function exits(): void {
  VT_follow(doomed)
  process.exit(3) // in a worker: ends that worker thread only
}

export function later(): string {
  VT_follow(doomed)
  const at = VT_loop()
  VT_follow(there)
  return `followed doomed to loop ${at}`
}

export function main(): string {
  const lines: string[] = []
  const waiting = VT_spawn(waits)
  VT_sleep(50)
  VT_spawn(exits)
  try {
    VT_join(waiting)
  } catch (error) {
    lines.push(`joined: ${(error as Error).message}`)
  }
  lines.push(VT_join(VT_spawn(later)))
  const loops = VT_stats().loops
  lines.push(`stopped: ${loops.map((l) => l.stopped).join(' ')}`)
  return lines.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
