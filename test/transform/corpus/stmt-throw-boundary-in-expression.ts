import { VT_yield } from 'vtify/runtime'

function message(n: number): string {
  VT_yield()
  return `bad ${n}`
}

function validate(n: number): number {
  if (n < 0) throw new RangeError(message(n))
  return n
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [1, -2, 3]) {
    try {
      out.push(String(validate(n)))
    } catch (e) {
      log.push(`caught ${(e as Error).name}: ${(e as Error).message}`)
    }
  }
  return out.join(',')
}
