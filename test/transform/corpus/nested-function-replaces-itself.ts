// A function declaration inside a multistate function that assigns a new function to its own name
// (as Babel's `_typeof` does at module level: reassigned-function-declaration.ts). Found by the
// fuzzer: when the declaration was multistate, its state machine saw its own name as a const
// holding its stub, so the assignment set a property of that stub and every later call ran the
// first function again.
import { VT_yield } from 'vtify/runtime'
import { b, bt } from './_fuzz.ts'

export function main(log: string[]): number {
  const n = 0
  log.push(`main ${n}`)
  try {
  } finally {
    // Called before its declaration (hoisted to the block's start), then as its new value.
    log.push(`${g1.name} early ${g1(n)}`)
    function g1(q2: number): number {
      // @ts-expect-error a function declaration's name is a variable
      g1 = (q3: number): number => 1 + q3
      return n && bt(n, log)
    }
    for (const x of [b(g1(0), log)] as number[]) log.push(`x ${x}`)
  }
  // Multistate to multistate, in a loop; the new function closes over the first call's parameter.
  let total = 0
  for (let i = 0; i < 3; i++) total += step(i)
  function step(p: number): number {
    VT_yield()
    // @ts-expect-error as above
    step = (q: number): number => {
      VT_yield()
      log.push(`second step ${q} after ${p}`)
      return q * 10 + p
    }
    log.push(`first step ${p}`)
    return p
  }
  const later = (): number => step(7)
  log.push(`later ${later()} total ${total}`)
  return total
}
