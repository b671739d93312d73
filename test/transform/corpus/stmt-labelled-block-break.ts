import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, 2, 3]) {
    check: {
      VT_yield()
      if (n === 2) break check
      out.push(`checked ${n}`)
      inner: {
        if (n === 3) break inner
        VT_yield()
        out.push(`inner ${n}`)
      }
      out.push(`after inner ${n}`)
    }
    log.push(`after block ${n}`)
  }
  return out.join('; ')
}
