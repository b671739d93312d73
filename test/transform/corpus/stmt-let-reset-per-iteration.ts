import { VT_yield } from 'vtify/runtime'

// A let without initialiser is undefined at each iteration, even after a boundary set it.
export function main(log: string[]): string {
  const seen: string[] = []
  for (let i = 0; i < 3; i++) {
    let x: number | undefined
    seen.push(String(x))
    VT_yield()
    x = i * 7
    var v: number | undefined
    seen.push(`v=${String(v)}`)
    v = i
  }
  log.push(seen.join(' '))
  return seen.length.toString()
}
