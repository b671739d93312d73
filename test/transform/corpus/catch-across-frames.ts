import { VT_yield } from 'vtify/runtime'

function deep(n: number, log: string[]): number {
  VT_yield()
  if (n === 0) throw new Error('bottom')
  return deep2(n - 1, log)
}

function deep2(n: number, log: string[]): number {
  log.push(`deep2 ${n}`)
  if (n === 0) throw new Error('deep2 bottom')
  VT_yield()
  return n
}

export function main(log: string[]): string {
  const out: string[] = []
  for (const n of [0, 1, 2]) {
    try {
      out.push(String(deep(n, log)))
    } catch (e) {
      out.push((e as Error).message)
    } finally {
      log.push(`finally ${n}`)
    }
  }
  return out.join(',')
}
