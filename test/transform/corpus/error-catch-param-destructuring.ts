import { VT_yield } from 'vtify/runtime'

function fail(code: number): never {
  VT_yield()
  throw Object.assign(new Error(`code ${code}`), { code })
}

export function main(log: string[]): number {
  let total = 0
  for (const c of [3, 4]) {
    try {
      fail(c)
    } catch ({ message, code }) {
      VT_yield()
      log.push(`caught ${String(message)}`)
      total += code as number
    }
  }
  return total
}
