import { VT_yield } from 'vtify/runtime'

function throwIt(v: unknown): never {
  VT_yield()
  throw v
}

// Any value can be thrown through multistate frames: it arrives unchanged.
export function main(log: string[]): string {
  const seen: string[] = []
  for (const v of [42, 'text', null, undefined, { code: 7 }]) {
    try {
      throwIt(v)
    } catch (e) {
      seen.push(JSON.stringify(e) ?? 'undefined')
    }
  }
  log.push(`${seen.length} caught`)
  return seen.join(' ')
}
