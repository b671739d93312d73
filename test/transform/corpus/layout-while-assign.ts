// `while ((n = next()) > 0)`: the condition writes n first in every iteration, so n is live
// across a boundary in the body only if the body reads it after that boundary (or code after
// the loop does). Both shapes, with continue and break, against the reference semantics.
import { VT_yield } from 'vtify/runtime'

function counter(start: number): () => number {
  let left = start
  return () => left--
}

function readsBeforeBoundary(log: string[]): number {
  const next = counter(4)
  let n: number
  let total = 0
  while ((n = next()) > 0) {
    total += n
    if (n === 3) continue
    log.push(`before ${n}`)
    VT_yield()
  }
  return total
}

function readsAfterBoundary(log: string[]): number {
  const next = counter(5)
  let n: number
  while ((n = next()) > 1) {
    VT_yield()
    log.push(`after ${n}`)
    if (n === 2) break
  }
  VT_yield()
  return n * 100
}

export function main(log: string[]): string {
  const a = readsBeforeBoundary(log)
  const b = readsAfterBoundary(log)
  return `${a} ${b}`
}
