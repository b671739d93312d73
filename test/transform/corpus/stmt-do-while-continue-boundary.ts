import { VT_yield } from 'vtify/runtime'

function next(n: number): number {
  VT_yield()
  return n + 1
}

// continue in a do…while goes to the condition (which has a boundary), not the body's start.
export function main(log: string[]): string {
  let i = 0
  const seen: number[] = []
  do {
    if (i % 2 === 1) continue
    seen.push(i)
    VT_yield()
  } while ((i = next(i)) < 6)
  log.push(`seen ${seen.join(',')}`)
  return `i=${i}`
}
