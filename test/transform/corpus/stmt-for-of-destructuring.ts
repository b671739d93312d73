import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const entries = new Map<string, number>([['x', 1], ['y', 2]])
  const out: string[] = []
  for (const [key, value] of entries) {
    VT_yield()
    out.push(`${key}=${value}`)
  }
  for (const { name, size = 7 } of [{ name: 'p' }, { name: 'q', size: 3 }]) {
    VT_yield()
    out.push(`${name}:${size}`)
  }
  let a: number
  let b: number
  for ([a, b] of [[1, 2], [3, 4]]) {
    VT_yield()
    log.push(`a=${a} b=${b}`)
  }
  return out.join(' ')
}
