// A function declaration's name is a variable: Babel's `_typeof` helper replaces itself on its
// first call. Calls by that name then run what was assigned — the call is not a direct call of
// the declaration's own state machine (it was: the second call ran the first function again).
// Multistate to multistate, multistate to plain, and plain to multistate; in a loop, from another
// function after the change, and imported from the module that assigns it.
import { VT_yield } from 'vtify/runtime'
import { greet } from './_reassigned.js'

function step(log: string[], x: number): string {
  VT_yield()
  // @ts-expect-error TypeScript forbids assigning to a function; JavaScript does not.
  step = function (log: string[], y: number): string {
    VT_yield()
    log.push(`second step ${y}`)
    return `second ${y}`
  }
  log.push(`first step ${x}`)
  return `first ${x}`
}

function settle(x: number): string {
  VT_yield()
  // @ts-expect-error as above
  settle = (y: number): string => `settled ${y}`
  return `settling ${x}`
}

function wake(x: number): string {
  // @ts-expect-error as above
  wake = (y: number): string => {
    VT_yield()
    return `awake ${y}`
  }
  return `waking ${x}`
}

function later(log: string[]): void {
  log.push(step(log, 10))
  log.push(wake(11))
}

export function main(log: string[]): number {
  for (let i = 1; i <= 3; i++) log.push(step(log, i), settle(i), wake(i))
  later(log)
  log.push(greet('a'), greet('b'))
  return 0
}
