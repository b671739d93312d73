// Buffers following a clue (docs/runtime.md §14.3): structured clone copies a Buffer as a plain
// Uint8Array, and the loop it arrives at makes it a Buffer again — the same object wherever the
// thread held it, the same bytes, a plain Uint8Array left plain. A Buffer a thread returns on
// another loop arrives home a Buffer too.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_spawn, VT_start } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1

/** What a value is, as the thread sees it. */
function kind(value: unknown): string {
  return Buffer.isBuffer(value) ? 'Buffer' : value instanceof Uint8Array ? 'Uint8Array' : typeof value
}

export function carries(): string {
  const pooled = Buffer.from('pooled') // a view into Node's shared pool, at an offset
  const request = { head: pooled, parts: [pooled, Buffer.alloc(3, 0x61)] }
  const plain = new Uint8Array([1, 2])
  VT_follow(away)
  const lines = [
    `on loop ${VT_loop()}: head ${kind(request.head)} '${request.head.toString()}', parts ${request.parts.map(kind).join(' ')}`,
    `the same Buffer twice: ${request.head === request.parts[0]}; plain ${kind(plain)}`,
    `Buffer methods: ${request.head.subarray(1, 3).toString('hex')} ${Buffer.concat(request.parts).toString()}`,
  ]
  VT_follow(home)
  lines.push(`back on loop ${VT_loop()}: head ${kind(request.head)} '${request.head.toString()}'`)
  return lines.join('\n')
}

/** Ends on loop 1: its result goes home as the thread's outcome. */
export function makesThere(): Buffer {
  VT_follow(away)
  return Buffer.from(`made on loop ${VT_loop()}`)
}

export function main(): string {
  const made = VT_join(VT_spawn(makesThere))
  return [VT_join(VT_spawn(carries)), `joined on loop ${VT_loop()}: ${kind(made)} '${made.toString()}'`].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }))
