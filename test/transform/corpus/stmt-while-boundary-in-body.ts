import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  let i = 0
  const seen: number[] = []
  while (i < 6) {
    i++
    if (i === 2) continue
    VT_yield()
    if (i === 5) break
    seen.push(i)
    log.push(`body ${i}`)
  }
  return `${i} ${seen.join(',')}`
}
