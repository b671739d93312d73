import { VT_yield } from 'vtify/runtime'

function step(i: number, log: string[]): number {
  VT_yield()
  log.push(`step from ${i}`)
  return i + 2
}

export function main(log: string[]): number {
  let total = 0
  for (let i = 0; i < 7; i = step(i, log)) {
    if (i === 2) continue // continue still runs the update
    if (i === 6) break
    total += i
  }
  return total
}
