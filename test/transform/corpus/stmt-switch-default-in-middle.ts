import { VT_yield } from 'vtify/runtime'

// default written between cases: it is taken only when no case matches, and falls through below.
export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, 7, 3]) {
    switch (n) {
      case 1:
        out.push('a')
        break
      default:
        VT_yield()
        out.push('default')
      // falls through
      case 3:
        VT_yield()
        out.push(`c${n}`)
    }
  }
  log.push(out.join(','))
  return out.length.toString()
}
