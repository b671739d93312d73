import { VT_yield } from 'vtify/runtime'

function find(xs: number[], target: number, log: string[]): number {
  for (let i = 0; i < xs.length; i++) {
    VT_yield()
    log.push(`look ${xs[i]}`)
    if (xs[i] === target) return i
  }
  return -1
}

export function main(log: string[]): number {
  return find([5, 3, 8, 1], 8, log) * 10 + find([1, 2], 9, log)
}
