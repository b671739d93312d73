import { VT_yield } from 'vtify/runtime'

// Nested loops with the boundary after the inner loop, in the outer body.
export function main(log: string[]): number {
  let outer = 0
  let count = 0
  while (outer < 3) {
    let inner = 0
    while (inner < outer) {
      inner++
      count++
    }
    VT_yield()
    log.push(`outer ${outer} inner ${inner} count ${count}`)
    outer++
  }
  return count
}
