// Functions called one after the other share continuation slots (principle 2); a caller's
// variables live across a call keep theirs. Every value is checked after the calls, so a slot
// shared wrongly shows as a wrong number.
import { VT_yield } from 'vtify/runtime'

function square(n: number): number {
  const before = n * n
  VT_yield()
  const after = before + 0
  return after
}

function cube(n: number): number {
  const base = n
  VT_yield()
  const sq = square(base)
  VT_yield()
  return sq * base
}

function sumTo(n: number, log: string[]): number {
  let total = 0
  for (let i = 1; i <= n; i++) {
    const s = square(i)
    const c = cube(i)
    total += s + c
    log.push(`i=${i} s=${s} c=${c} total=${total}`)
  }
  return total
}

export function main(log: string[]): number {
  const a = sumTo(3, log)
  const keep = a * 2
  const b = cube(4)
  VT_yield()
  log.push(`a=${a} keep=${keep} b=${b}`)
  return keep + b + square(a)
}
