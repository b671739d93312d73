// VT_loopClue with one event loop: following loop 0's own clue completes at once, like any clue
// (no scheduling point); another loop's is a RangeError at the VT_follow, caught around it; a bad
// index is a RangeError at VT_loopClue; anything but a clue is a TypeError at the VT_follow.

import { VT_follow, VT_join, VT_loop, VT_loopClue, VT_spawn, VT_yield } from 'vtify/runtime'

function visit(name: string, log: string[]): string {
  VT_follow(VT_loopClue(0))
  log.push(`${name} on loop ${VT_loop()}`)
  VT_yield()
  try {
    VT_follow(VT_loopClue(1))
    log.push(`${name} moved`)
  } catch (error) {
    log.push(`${name}: ${String(error)}`)
  }
  return name
}

export function main(log: string[]): string {
  for (const bad of [-1, 1.5, 64]) {
    try {
      VT_loopClue(bad)
    } catch (error) {
      log.push(String(error))
    }
  }
  try {
    VT_follow({ name: 'not a clue' } as unknown as ReturnType<typeof VT_loopClue>)
  } catch (error) {
    log.push(String(error))
  }
  const a = VT_spawn(visit, 'a', log)
  const b = VT_spawn(visit, 'b', log)
  return `${VT_join(a)} ${VT_join(b)}`
}
