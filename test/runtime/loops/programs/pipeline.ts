// Threads that follow clues across two event loops and back: each records the loop it is on
// after every VT_follow, so the test sees where it ran; main joins them all on loop 0.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_spawn, VT_start, VT_stats, VT_yield, type VThread } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const parse = VT_clue('parse') // row 0: loop 0
const hash = VT_clue('hash') // row 1: loop 1
const lanes = VT_clue('lanes', { n: 8 }) // rows 2–9: loops 0 and 1 alternately

interface Record {
  n: number
  trail: number[]
  data: { bytes: Uint8Array; tags: Map<string, number[]>; when: Date; seen: Set<string> }
}

export function request(n: number): Record {
  const trail: number[] = [VT_loop()]
  const data = { bytes: new Uint8Array([n, n + 1]), tags: new Map([['n', [n]]]), when: new Date(n), seen: new Set(['start']) }
  VT_follow(hash)
  trail.push(VT_loop())
  data.seen.add('hash')
  VT_yield()
  data.bytes[0] = 2 * n
  VT_follow(parse)
  trail.push(VT_loop())
  return { n, trail, data }
}

/** Spawned beside each laneOf thread and following the same clue, so lane keys are drawn two at a time. */
export function helper(): number {
  VT_follow(lanes)
  return 0
}

export function laneOf(): number {
  VT_follow(lanes)
  return VT_loop()
}

export function main(count: number): string {
  const threads: VThread<Record>[] = []
  for (let i = 0; i < count; i++) threads.push(VT_spawn(request, i))
  const lines: string[] = []
  for (const t of threads) {
    const r = VT_join(t)
    lines.push(
      `${r.n} ${r.trail.join('')} ${[...r.data.bytes].join(',')} ${r.data.tags.get('n')?.join(',')} ${r.data.when.getTime()} ${[...r.data.seen].join('+')}`,
    )
  }
  const laneThreads: VThread<number>[] = []
  for (let i = 0; i < 32; i++) {
    laneThreads.push(VT_spawn(laneOf))
    VT_spawn(helper) // every other lane key: lanes must not follow the keys' low bits
  }
  const onLoop = [0, 0]
  for (const t of laneThreads) {
    const lane = VT_join(t)
    onLoop[lane]!++
  }
  lines.push(`lanes ${onLoop.join(' ')}`)
  const stats = VT_stats()
  lines.push(`loop ${stats.loop} of ${stats.loops.length}; left ${stats.loops[0]!.left} arrived ${stats.loops[0]!.arrived}`)
  const h = stats.clues.find((c) => c.name === 'hash')!
  const p = stats.clues.find((c) => c.name === 'parse')!
  lines.push(`hash owner ${h.owner} follows ${h.follows} previous ${h.previous} different ${h.different} same ${h.same}`)
  lines.push(`parse owner ${p.owner} follows ${p.follows} previous ${p.previous} different ${p.different} same ${p.same}`)
  return lines.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }, 4))
