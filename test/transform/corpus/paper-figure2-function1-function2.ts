import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// The paper's Figure 2: function1 calls the multistate function2 twice; local2 is never live
// across a boundary. Two threads run it at once, so their continuations must not mix.
function function2(x: number, log: string[]): number {
  log.push(`function2(${x})`)
  VT_yield()
  return x * 2
}

function function1(arg1: number, log: string[]): number {
  const local1 = function2(arg1, log)
  const local2 = local1 + 1
  const local3 = function2(local2, log)
  return local1 + local3
}

export function main(log: string[]): string {
  const t = VT_spawn(function1, 10, log)
  const mine = function1(3, log)
  return `${mine} ${VT_join(t)}`
}
