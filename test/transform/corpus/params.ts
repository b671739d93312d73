import { VT_yield } from 'vtify/runtime'

function greet(log: string[], name = 'world', punct: string = name.length > 3 ? '!' : '?'): string {
  VT_yield()
  const s = `hello ${name}${punct}`
  log.push(s)
  return s
}

function sum(log: string[], ...xs: number[]): number {
  VT_yield()
  log.push(`sum of ${xs.length}`)
  return xs.reduce((a, b) => a + b, 0)
}

export function main(log: string[]): number {
  greet(log)
  greet(log, 'vt')
  greet(log, 'threads', '.')
  return sum(log) + sum(log, 1, 2, 3)
}
