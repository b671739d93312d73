import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let count = 0
  for (let i = 0; i < 3; i++) {
    let seen: number | undefined
    var total: number
    VT_yield()
    if (i === 1) seen = i
    total = (total! ?? 0) + i
    log.push(`i=${i} seen=${String(seen)} total=${total}`)
    count++
  }
  return count
}
