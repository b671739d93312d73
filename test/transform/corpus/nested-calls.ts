import { VT_yield } from 'vtify/runtime'

function leaf(x: number, log: string[]): number {
  VT_yield()
  log.push(`leaf ${x}`)
  return x + 1
}

function mid(x: number, log: string[]): number {
  return leaf(leaf(x, log), log) * 2
}

function top(x: number, log: string[]): number {
  const a = mid(x, log)
  const b = mid(a, log)
  return a + b
}

export function main(log: string[]): number {
  return top(1, log)
}
