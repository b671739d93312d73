import { VT_yield } from 'vtify/runtime'

function countdown(n: number, log: string[]): number {
  VT_yield()
  log.push(`countdown ${n}`)
  return n - 1
}

export function main(log: string[]): number {
  let n = 4
  do {
    n = countdown(n, log)
  } while (n > 0)
  let m = 0
  do m++; while (countdown(3 - m, log) > 0)
  return n + m
}
