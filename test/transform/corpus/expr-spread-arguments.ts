import { VT_yield } from 'vtify/runtime'
import { val } from './_values.ts'

function sum(log: string[], ...ns: number[]): number {
  VT_yield()
  log.push(`sum of ${ns.length}`)
  return ns.reduce((a, b) => a + b, 0)
}

export function main(log: string[]): number {
  const xs = [1, 2, 3]
  const a = sum(log, ...xs)
  const b = sum(log, 0, ...xs, 10)
  const c = Math.max(...val([4, 9, 2], log, 'array'))
  const d = sum(log, ...val([5, 5], log, 'spread'), val(1, log))
  return a * 1000000 + b * 10000 + c * 100 + d
}
