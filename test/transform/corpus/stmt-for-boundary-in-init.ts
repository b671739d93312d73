import { VT_yield } from 'vtify/runtime'

function start(log: string[]): number {
  VT_yield()
  log.push('init')
  return 2
}

export function main(log: string[]): number {
  let sum = 0
  for (let i = start(log), j = i * 10; i < 5; i++, j--) {
    sum += i + j
    log.push(`i=${i} j=${j}`)
  }
  return sum
}
