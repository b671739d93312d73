import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let n = 0
  for (let i = 0; i < 5; i++) {
    try {
      try {
        VT_yield()
        if (i === 1) continue
        if (i === 3) break
        n += i
      } finally {
        log.push(`inner finally ${i}`)
      }
      log.push(`after inner ${i}`)
    } finally {
      VT_yield()
      log.push(`outer finally ${i}`)
    }
  }
  return n
}
