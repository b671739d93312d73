import { VT_yield } from 'vtify/runtime'

function pair(log: string[]): [number, string] {
  VT_yield()
  log.push('pair')
  return [7, 'seven']
}

function record(log: string[]): { a: number; b: { c: string }; rest: number[] } {
  VT_yield()
  log.push('record')
  return { a: 1, b: { c: 'deep' }, rest: [1, 2, 3] }
}

export function main(log: string[]): string {
  const [n, s] = pair(log)
  const { a, b: { c }, rest: [first, ...others] } = record(log)
  let x = 0, y = 0
  ;[x, y] = pair(log)
  const { missing = 'default' } = record(log) as { missing?: string }
  return `${n} ${s} ${a} ${c} ${first} ${others.join('+')} ${x} ${y} ${missing}`
}
