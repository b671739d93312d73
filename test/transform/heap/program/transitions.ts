// The program of test/transform/allocation.test.ts, compiled by vtify and, as the control, into
// the oracle's reference program. Each iteration of `spin` is a multistate call in
// continuation-passing style (`step`: a module-level function called by name), a VT_yield in it
// and the return: three state transitions.
import { VT_yield } from 'vtify/runtime'

function step(i: number): number {
  VT_yield()
  return i + 1
}

export function spin(n: number): number {
  let i = 0
  while (i < n) i = step(i)
  return n
}
