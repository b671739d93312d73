import { VT_yield } from 'vtify/runtime'

function twice(n: number, log: string[]): number {
  VT_yield()
  log.push(`twice ${n}`)
  return n * 2
}

function pick(flag: boolean, log: string[]): number {
  if (flag) return twice(1, log) + twice(2, log)
  return flag ? 0 : twice(10, log)
}

export function main(log: string[]): number {
  return pick(true, log) * 1000 + pick(false, log)
}
