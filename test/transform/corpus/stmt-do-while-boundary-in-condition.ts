import { VT_yield } from 'vtify/runtime'

function below(n: number, limit: number, log: string[]): boolean {
  VT_yield()
  log.push(`cond ${n}`)
  return n < limit
}

export function main(log: string[]): number {
  let n = 10
  do {
    log.push(`body ${n}`)
    n++
  } while (below(n, 3, log)) // false at once: the body ran exactly once
  let m = 0
  do m += 2
  while (below(m, 5, log))
  return n + m
}
