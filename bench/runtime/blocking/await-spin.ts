// bench:resume's thread that awaits a settled promise in a loop, compiled by vtify
// (bench/runtime/compile.mjs): what a thread wrapping an API that answers from memory does.
import { VT_await } from 'vtify/runtime'

const settled = Promise.resolve(1)

export function awaitSpin(n: number): number {
  let sum = 0
  for (let i = 0; i < n; i++) sum += VT_await(settled)
  return sum
}
