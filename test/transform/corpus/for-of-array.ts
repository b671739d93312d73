import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let total = 0
  for (const x of [1, 2, 3, 4]) {
    VT_yield()
    if (x === 2) continue
    total += x
    log.push(`x=${x}`)
  }
  for (const [k, v] of Object.entries({ a: 1, b: 2 })) {
    VT_yield()
    log.push(`${k}:${v}`)
  }
  return total
}
