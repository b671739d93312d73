import { VT_yield } from 'vtify/runtime'

function next(i: number, log: string[]): number {
  VT_yield()
  log.push(`next ${i}`)
  return i + 2
}

function limit(log: string[]): number {
  VT_yield()
  log.push('limit')
  return 7
}

export function main(log: string[]): number {
  let total = 0
  for (let i = 0; i < limit(log); i = next(i, log)) {
    if (i === 4) continue
    total += i
    log.push(`body ${i}`)
  }
  for (let j = 0, k = 10; j < k; j += 3, k--) {
    VT_yield()
    log.push(`j=${j} k=${k}`)
  }
  return total
}
