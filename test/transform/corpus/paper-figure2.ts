// The paper's Figure 2: function1 calls the multistate function2 twice; local1 is live across
// the second call, local2 only after it.
import { VT_spawn, VT_join, VT_yield } from 'vtify/runtime'

function function2(x: number): number {
  VT_yield()
  return x * 2
}

function function1(arg1: number): number {
  let local1: number, local2: number
  local1 = function2(arg1)
  local2 = function2(arg1 + local1)
  return local1 + local2
}

export function main(log: string[]): number {
  const threads = [1, 2, 3].map((n) => VT_spawn(function1, n))
  const results: number[] = []
  for (const t of threads) results.push(VT_join(t))
  log.push(`results ${results.join(',')}`)
  return function1(10)
}
