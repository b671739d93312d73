import { VT_yield } from 'vtify/runtime'

function thrower(n: number): number {
  VT_yield()
  if (n > 1) throw new RangeError(`too big: ${n}`)
  return n
}

function middle(n: number, log: string[]): number {
  const r = thrower(n) // no handler here: the error passes through
  log.push(`middle got ${r}`)
  return r * 10
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, 2]) {
    try {
      out.push(String(middle(n, log)))
    } catch (e) {
      out.push(`${(e as Error).name}(${(e as Error).message})`)
    }
    VT_yield()
  }
  return out.join(' ')
}
