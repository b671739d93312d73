import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let done = 0
  for (let i = 0; i < 4; i++) {
    try {
      if (i % 2 === 0) continue
      VT_yield()
      done++
    } finally {
      VT_yield()
      log.push(`finally ${i}`)
    }
    log.push(`body end ${i}`)
  }
  return done
}
