import { VT_yield } from 'vtify/runtime'

// for…in with a boundary in the body: keys in order, a key deleted before it is reached is skipped.
export function main(log: string[]): string {
  const o: Record<string, number> = { a: 1, b: 2, c: 3, d: 4 }
  const keys: string[] = []
  for (const key in o) {
    VT_yield()
    keys.push(key)
    if (key === 'a') delete o['c']
    log.push(`${key}=${o[key]}`)
  }
  return keys.join(',')
}
