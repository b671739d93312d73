// The resume benchmark's thread in blocking style, compiled by vtify (bench/runtime/compile.mjs):
// the source that bench/runtime/spin.ts implements by hand.
import { VT_yield } from 'vtify/runtime'

export function spin(n: number): number {
  for (let i = 0; i < n; i++) VT_yield()
  return n
}
