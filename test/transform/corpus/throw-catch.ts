import { VT_yield } from 'vtify/runtime'

function risky(n: number, log: string[]): number {
  VT_yield()
  log.push(`risky ${n}`)
  if (n % 2 === 1) throw new RangeError(`odd ${n}`)
  return n
}

function middle(n: number, log: string[]): number {
  const r = risky(n, log)
  log.push(`middle got ${r}`)
  return r * 2
}

export function main(log: string[]): number {
  let sum = 0
  for (let i = 0; i < 4; i++) {
    try {
      sum += middle(i, log)
      log.push(`ok ${i}`)
    } catch (e) {
      log.push(`caught ${(e as Error).message}`)
      VT_yield()
    }
  }
  return sum
}
