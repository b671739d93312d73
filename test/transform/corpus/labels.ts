import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  outer: for (let i = 0; i < 4; i++) {
    inner: for (let j = 0; j < 4; j++) {
      VT_yield()
      if (j === 2) continue outer
      if (i === 2) break outer
      if (i === j) continue inner
      log.push(`${i}${j}`)
    }
  }
  block: {
    log.push('in block')
    VT_yield()
    if (log.length > 2) break block
    log.push('not reached')
  }
  return 'ok'
}
