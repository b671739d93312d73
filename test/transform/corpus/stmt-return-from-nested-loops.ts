import { VT_yield } from 'vtify/runtime'

function firstPair(target: number, log: string[]): string {
  for (let a = 1; a < 5; a++) {
    let b = a
    while (b < 5) {
      VT_yield()
      if (a * b === target) return `${a}x${b}`
      b++
    }
    log.push(`a=${a} done`)
  }
  return 'none'
}

export function main(log: string[]): string {
  return `${firstPair(6, log)} ${firstPair(100, log)}`
}
