import { VT_yield } from 'vtify/runtime'

function double(x: number, log: string[]): number {
  VT_yield()
  log.push(`double ${x}`)
  return x * 2
}

function square(x: number, log: string[]): number {
  log.push(`square ${x}`)
  VT_yield()
  return x * x
}

function apply(f: (x: number, log: string[]) => number, x: number, log: string[]): number {
  const r = f(x, log)
  log.push(`apply got ${r}`)
  return r
}

export function main(log: string[]): number {
  return apply(double, 3, log) + apply(square, 4, log)
}
