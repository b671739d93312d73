// Declarations nested in a multistate function: a hoisted function declaration called before its
// line, one declared in a block, a closure in a switch case and in a catch clause, `var` in a loop,
// and a class whose method suspends — each reading the outer function's written locals.

import { VT_yield, VT_sleep } from 'vtify/runtime'

export function main(log: string[]): string {
  let state = 'a'
  log.push(`hoisted ${twice(3)}`)
  function twice(v: number): number {
    VT_yield()
    state += 'b'
    return v * 2 + helper()
    function helper() { return state.length }
  }
  {
    function inner(): string { VT_yield(); return 'inner:' + state }
    log.push(inner())
  }
  switch (state.length) {
    case 2: {
      let z = 5
      const f = () => { VT_yield(); return ++z }
      log.push(`f ${f()} ${f()} z=${z}`)
      break
    }
    default:
      log.push('default')
  }
  try {
    throw new Error('boom')
  } catch (e) {
    const msg = (e as Error).message
    const g = () => { VT_sleep(1); return msg + state }
    log.push(g())
  }
  var v = 1
  for (var k = 0; k < 2; k++) { VT_yield(); v += k }
  log.push(`var v=${v} k=${k}`)
  class Local {
    constructor(public p: string) {}
    m(): string { VT_yield(); return this.p + state }
  }
  log.push(new Local('p').m())
  return state
}
