// A loop's clue (VT_loopClue): following it goes to that loop and back; an index that names no
// loop is a RangeError — from VT_loopClue, or from VT_follow for a loop that does not run —; and
// it is no stage: no row, no counters, and a thread's next clue counts it as following none.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_loopClue, VT_spawn, VT_start, VT_stats } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const stage = VT_clue('stage') // row 0: loop 0
const one = VT_loopClue(1) // made in top-level code, before the loops start

function made(index: number): string {
  try {
    return `made ${VT_loopClue(index).name}`
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`
  }
}

export function tour(): string {
  const trail = [VT_loop()]
  VT_follow(one)
  trail.push(VT_loop())
  VT_follow(one) // already there: nothing
  trail.push(VT_loop())
  VT_follow(VT_loopClue(0))
  trail.push(VT_loop())
  VT_follow(one)
  trail.push(VT_loop())
  let refused = 'followed loop #2'
  try {
    VT_follow(VT_loopClue(2))
  } catch (error) {
    refused = `${(error as Error).name} on loop ${VT_loop()}: ${(error as Error).message}`
  }
  // stage, a loop's clue, stage: without a stage between them, stage follows none both times
  VT_follow(stage)
  trail.push(VT_loop())
  VT_follow(one)
  trail.push(VT_loop())
  VT_follow(stage)
  trail.push(VT_loop())
  return `trail ${trail.join('')}\n${refused}`
}

export function main(): string {
  const lines = [-1, 1.5, 64, 63].map(made)
  lines.push(VT_join(VT_spawn(tour)))
  for (const clue of VT_stats().clues)
    lines.push(`${clue.name} follows ${clue.follows} previous ${clue.previous} different ${clue.different} same ${clue.same}`)
  return lines.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
