// With one event loop, VT_follow moves nothing and is no scheduling point: threads that follow
// clues interleave exactly as without them. VT_start with loops: 1 is VT_run; a handle of a pipe
// reads and writes the pipe itself.

import { VT_await, VT_clue, VT_follow, VT_handle, VT_join, VT_loop, VT_pipe, VT_read, VT_spawn, VT_start, VT_write, VT_yield } from 'vtify/runtime'

const parse = VT_clue('parse')
const lanes = VT_clue('lanes', { n: 4 })

function stage(name: string, rounds: number, log: string[]): number {
  let total = 0
  for (let i = 0; i < rounds; i++) {
    VT_follow(i % 2 === 0 ? parse : lanes)
    log.push(`${name} ${i} on loop ${VT_loop()}`)
    total += i
    VT_yield()
  }
  return total
}

function started(log: string[]): string {
  VT_follow(parse)
  log.push('started thread runs')
  return 'from VT_start'
}

export function main(log: string[]): string {
  const pipe = VT_pipe()
  const handle = VT_handle(pipe)
  VT_write(handle, 'through a handle')
  // before the spawns: thread handles cannot move between loops (VT3001)
  VT_follow(lanes)
  const a = VT_spawn(stage, 'a', 3, log)
  const b = VT_spawn(stage, 'b', 2, log)
  const buf = new Uint8Array(32)
  const n = VT_read(handle, buf)
  log.push(new TextDecoder().decode(buf.subarray(0, n)))
  const result = VT_await(VT_start(started, { loops: 1 }, log))
  return `${VT_join(a)} ${VT_join(b)} ${result}`
}
