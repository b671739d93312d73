import { VT_yield } from 'vtify/runtime'

// Boundaries in case bodies that fall through into the next case.
export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, 2, 3, 4]) {
    switch (n) {
      case 1:
        out.push('one')
        VT_yield()
      // falls through
      case 2:
        VT_yield()
        out.push(`two-from-${n}`)
        if (n === 2) break
      // falls through
      case 3:
        out.push(`three-from-${n}`)
        break
      case 4: {
        const local = n * 2
        VT_yield()
        out.push(`four ${local}`)
      }
    }
    log.push(`after ${n}`)
  }
  return out.join(' ')
}
