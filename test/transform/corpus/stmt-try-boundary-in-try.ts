import { VT_yield } from 'vtify/runtime'

function risky(n: number, log: string[]): number {
  VT_yield()
  log.push(`risky ${n}`)
  if (n === 2) throw new Error(`risky failed ${n}`)
  return n
}

export function main(log: string[]): number {
  let total = 0
  for (let i = 1; i <= 3; i++) {
    try {
      total += risky(i, log)
      VT_yield()
      log.push(`after risky ${i}`)
    } catch (e) {
      log.push(`catch ${(e as Error).message}`)
    }
  }
  return total
}
