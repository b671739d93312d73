import { VT_yield } from 'vtify/runtime'

function items(log: string[]): number[] {
  VT_yield()
  log.push('items evaluated once')
  return [3, 1, 2]
}

export function main(log: string[]): number {
  let sum = 0
  for (const n of items(log)) {
    sum = sum * 10 + n
    log.push(`n ${n}`)
  }
  return sum
}
