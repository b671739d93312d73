import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let i = 0
  let sum = 0
  while (true) {
    i++
    if (i % 2 === 0) continue
    VT_yield()
    if (i > 9) break
    sum += i
    log.push(`i=${i} sum=${sum}`)
  }
  return sum
}
