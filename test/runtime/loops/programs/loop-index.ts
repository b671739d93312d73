// VT_loop() where code runs: top-level code runs on every loop (each worker imports the module),
// and on loop 1 it already says 1 before VT_start joins the loops there; a thread says where it
// is as it moves.

import { VT_follow, VT_loop, VT_loopClue, VT_start } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

console.log(`top-level code on loop ${VT_loop()}`)

export function main(): string {
  const first = VT_loop()
  VT_follow(VT_loopClue(1))
  const there = VT_loop()
  VT_follow(VT_loopClue(0))
  return `main on loop ${first}, then ${there}, then ${VT_loop()}`
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
