// What can go wrong when threads move between loops: an error thrown on another loop, a
// cancelled thread parked there, a live value that cannot cross, an error nobody joins, a
// dynamic call whose callee moves, and VT_dump of a thread that is away.

import {
  VT_cancel,
  VT_clue,
  VT_dump,
  VT_follow,
  VT_join,
  VT_loop,
  VT_self,
  VT_sleep,
  VT_spawn,
  VT_start,
  VT_stats,
  VT_yield,
  type VThread,
} from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1

export function fails(): number {
  VT_follow(away)
  throw new RangeError(`failed on loop ${VT_loop()}`)
}

export function sleeper(): string {
  VT_follow(away)
  try {
    VT_sleep(60_000)
  } finally {
    console.log(`sleeper cleaned up on loop ${VT_loop()}`)
  }
  return 'woke'
}

export function carries(value: unknown): string {
  try {
    VT_follow(away)
    return `moved ${String(value)}`
  } catch (error) {
    return `${(error as Error).name} on loop ${VT_loop()}: ${(error as Error).message}`
  }
}

/** An ArrayBuffer whose memory was transferred away: structured clone throws at it. */
function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(8)
  structuredClone(buffer, { transfer: [buffer] })
  return buffer
}

export function unjoined(): void {
  VT_follow(away)
  throw new Error('nobody joins this')
}

export function callee(n: number): string {
  VT_follow(away)
  const there = VT_loop()
  VT_follow(home)
  return `callee ${n} went to ${there}`
}

export function dynamicCaller(f: (n: number) => string): string {
  return `${f(7)}; caller on loop ${VT_loop()}`
}

export function joinsGuest(guest: VThread<string>): string {
  try {
    return VT_join(guest)
  } catch (error) {
    return (error as Error).message
  }
}

export function passesThrough(): string {
  VT_follow(away)
  const answer = VT_join(VT_spawn(joinsGuest, VT_self() as VThread<string>))
  VT_follow(home)
  return answer
}

export function main(): string {
  const lines: string[] = []
  const failing = VT_spawn(fails)
  try {
    VT_join(failing)
  } catch (error) {
    lines.push(`join: ${(error as Error).name}: ${(error as Error).message}, instanceof RangeError: ${error instanceof RangeError}`)
    lines.push(`stack names the remote frame: ${/at fails \(errors\.ts:\d+\)/.test((error as Error).stack ?? '')}`)
  }
  const sleeping = VT_spawn(sleeper)
  VT_sleep(50)
  lines.push(`dump: ${/thread #\d+ sleeper: on event loop #1/.test(VT_dump())}`)
  VT_cancel(sleeping)
  try {
    VT_join(sleeping)
  } catch (error) {
    lines.push(`cancelled: ${(error as Error).name}`)
  }
  lines.push(VT_join(VT_spawn(carries, () => 1)))
  lines.push(VT_join(VT_spawn(carries, 'text')))
  // structured clone would throw at it: refused before the move, as a function is
  lines.push(VT_join(VT_spawn(carries, detachedBuffer())))
  lines.push(VT_join(VT_spawn(passesThrough)))
  VT_spawn(unjoined)
  lines.push(VT_join(VT_spawn(dynamicCaller, callee)))
  VT_sleep(50)
  VT_yield()
  const s = VT_stats()
  lines.push(`threw ${s.threw} cancelled ${s.cancelled} returned ${s.returned}`)
  return lines.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
