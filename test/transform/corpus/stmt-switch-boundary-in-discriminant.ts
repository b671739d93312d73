import { VT_yield } from 'vtify/runtime'

function kind(n: number, log: string[]): string {
  VT_yield()
  log.push(`kind of ${n}`)
  return n < 0 ? 'neg' : n === 0 ? 'zero' : 'pos'
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [-1, 0, 5]) {
    switch (kind(n, log)) {
      case 'neg':
        out.push('minus')
        break
      case 'zero':
        out.push('nothing')
        break
      default:
        out.push('plus')
    }
  }
  return out.join(',')
}
