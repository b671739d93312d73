// Two modules that import each other: main calls `there` (another module) in CPS, which calls
// back into this module's `back`. main's variables live across that call must keep their values
// although `back` runs in the middle of it.
import { VT_yield } from 'vtify/runtime'
import { there } from './_cycle-there.ts'

export function back(n: number, log: string[]): number {
  const scaled = n * 100
  VT_yield()
  const more = scaled + 1
  log.push(`back ${n} -> ${more}`)
  return more
}

export function main(log: string[]): string {
  const first = 'first'
  const count = log.length + 7
  VT_yield()
  const r = there(count, log)
  log.push(`main ${first} ${count} ${r}`)
  return `${first}:${count}:${r}`
}
