// Clues created conditionally at top level: loop 0 (the main thread) creates 'extra' first and
// 'parse' before 'hash'; the workers 'hash' before 'parse'. The loops would route threads by
// rows that name different clues (here 'parse' keeps its row; 'hash' does not): the program ends
// with an error naming them.

import { isMainThread } from 'node:worker_threads'
import { VT_clue, VT_follow, VT_loop, VT_start } from 'vtify/runtime'

if (isMainThread) VT_clue('extra')
const hashFirst = isMainThread ? undefined : VT_clue('hash')
const parse = VT_clue('parse')
const hash = hashFirst ?? VT_clue('hash')

export function main(): string {
  VT_follow(parse)
  VT_follow(hash)
  return `ended on loop ${VT_loop()}`
}

void VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }).then((result) => console.log(result))
