// The program of test/transform/allocation.test.ts, compiled by vtify and, as the control, into
// the oracle's reference program. Each iteration of `spin` is a multistate call in
// continuation-passing style (`step`: a module-level function called by name), a VT_yield in it
// and the return: three state transitions. `x` holds a double across the call.
import { VT_yield } from 'vtify/runtime'

function step(i: number): number {
  VT_yield()
  return i + 1
}

export function spin(n: number): number {
  let i = 0
  // a number that is not a small integer, live across the call: a continuation field that holds
  // it must not be boxed anew at every store
  let x = 0.5
  while (i < n) {
    i = step(i)
    x = x * 0.5 + 0.25
  }
  return n + x - 0.5
}
