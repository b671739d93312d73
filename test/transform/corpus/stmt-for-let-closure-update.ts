import { VT_yield } from 'vtify/runtime'

// for (let i …): each iteration has its own i, copied before the update; closures see their own.
export function main(log: string[]): number {
  const fs: (() => number)[] = []
  for (let i = 0; i < 4; i++) {
    VT_yield()
    fs.push(() => i * i)
    log.push(`pushed ${i}`)
  }
  const values = fs.map((f) => f())
  log.push(values.join(','))
  return values.reduce((a, b) => a + b, 0)
}
