import { VT_yield } from 'vtify/runtime'

// Boundaries only after the if: the branch taken must not be re-run or skipped on resume.
export function main(log: string[]): number {
  let total = 0
  for (const n of [5, -3, 0]) {
    if (n > 0) total += n
    else if (n < 0) total -= n * 2
    else log.push('zero')
    VT_yield()
    log.push(`n=${n} total=${total}`)
  }
  return total
}
