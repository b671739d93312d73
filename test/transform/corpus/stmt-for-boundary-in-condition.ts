import { VT_yield } from 'vtify/runtime'

function limit(i: number, log: string[]): number {
  VT_yield()
  log.push(`limit at ${i}`)
  return 3
}

export function main(log: string[]): string {
  const out: number[] = []
  for (let i = 0; i < limit(i, log); i++) {
    if (i === 1) continue
    out.push(i)
  }
  for (let i = 10; i < limit(i, log); i++) out.push(i)
  return out.join(',')
}
