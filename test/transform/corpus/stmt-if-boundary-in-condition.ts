import { VT_yield } from 'vtify/runtime'

function check(n: number, log: string[]): boolean {
  VT_yield()
  log.push(`check ${n}`)
  return n % 2 === 0
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, 2, 3]) {
    if (check(n, log)) out.push(`even ${n}`)
    else if (check(n + 1, log) && n > 2) out.push(`next even ${n}`)
    else out.push(`neither ${n}`)
  }
  return out.join('; ')
}
