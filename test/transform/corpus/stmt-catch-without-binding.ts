import { VT_yield } from 'vtify/runtime'

function parse(text: string): number {
  VT_yield()
  return JSON.parse(text) as number
}

export function main(log: string[]): number {
  let sum = 0
  for (const t of ['1', 'x', '3']) {
    try {
      sum += parse(t)
    } catch {
      VT_yield()
      log.push(`skipped ${t}`)
    }
  }
  return sum
}
