// VT_cancel of a thread that keeps moving between three loops: the cancel reaches it wherever it
// is — on a loop, or still on its way to one — its finally block runs there, and its home sees it
// end cancelled. Run in one process under several seeds, so that the cancel meets it in different
// places.

import { VT_cancel, VT_clue, VT_follow, VT_join, VT_loop, VT_spawn, VT_start, VT_stats, VT_yield } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const zero = VT_clue('zero')
const one = VT_clue('one')
const two = VT_clue('two')

export function wanderer(): number {
  let hops = 0
  try {
    for (;;) {
      VT_follow(hops % 3 === 0 ? one : hops % 3 === 1 ? two : zero)
      hops++
      VT_yield()
    }
  } finally {
    console.log(`finally on loop ${VT_loop()} after ${hops} hops`)
  }
}

/** Visits every loop and comes back: after it, all loops have started. */
export function visitAll(): void {
  VT_follow(one)
  VT_follow(two)
  VT_follow(zero)
}

export function main(yields: number): string {
  VT_join(VT_spawn(visitAll))
  const t = VT_spawn(wanderer)
  for (let i = 0; i < yields; i++) VT_yield()
  VT_cancel(t)
  try {
    VT_join(t)
    return 'joined without an error'
  } catch (error) {
    const s = VT_stats()
    return `${(error as Error).name}; cancelled ${s.cancelled} threw ${s.threw}`
  }
}

const [seed, yields] = [Number(process.argv[2] ?? '1'), Number(process.argv[3] ?? '3')]
printOutcome(VT_start(main, { loops: 3, module: import.meta.url, inProcess: { seed } }, yields))
