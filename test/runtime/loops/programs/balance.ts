// Unequal stages: a and c cost 2 ms each, b almost nothing. Round robin puts a and c on loop 0
// and b on loop 1, so loop 0 is busy and loop 1 idle, until the Cluethread moves a or c.

import { VT_clue, VT_dump, VT_follow, VT_join, VT_sleep, VT_spawn, VT_start, VT_stats, type VThread } from 'vtify/runtime'
import { printOutcome } from './outcome.js'
import { cluethreadMoves, spin } from './load.js'

const a = VT_clue('a') // loop 0
const b = VT_clue('b') // loop 1
const c = VT_clue('c') // loop 0

export function worker(until: number): number {
  let rounds = 0
  while (Date.now() < until) {
    VT_follow(a)
    spin(2)
    VT_follow(b)
    spin(0.1)
    VT_follow(c)
    spin(2)
    rounds++
  }
  return rounds
}

export function main(): string {
  const until = Date.now() + 1500
  const threads: VThread<number>[] = []
  for (let i = 0; i < 8; i++) threads.push(VT_spawn(worker, until))
  let rounds = 0
  for (const t of threads) rounds += VT_join(t)
  VT_sleep(10)
  const stats = VT_stats()
  const owners = stats.clues.map((clue) => `${clue.name}@${clue.owner}`).join(' ')
  const utilizations = stats.loops.map((loop) => (loop.utilization >= 0 && loop.utilization <= 1 ? 'in [0, 1]' : String(loop.utilization)))
  const loopLines = VT_dump()
    .split('\n')
    .filter((line) => line.startsWith('event loop #'))
  return [`rounds ${rounds > 0}`, `owners ${owners}`, `utilization ${utilizations.join(', ')}`, ...loopLines, ...cluethreadMoves()].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 100 }))
