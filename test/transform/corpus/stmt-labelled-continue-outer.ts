import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const pairs: string[] = []
  outer: for (let i = 0; i < 3; i++) {
    let j = 0
    inner: while (true) {
      j++
      VT_yield()
      if (j > i) continue outer
      if (j === 2) continue inner
      pairs.push(`${i}${j}`)
    }
  }
  log.push(`pairs ${pairs.length}`)
  return pairs.join(',')
}
