// return, throw, labelled continue and break leaving nested try/finally blocks that suspend, and a
// finally whose own return overrides them.

import { VT_yield } from 'vtify/runtime'

function f(log: string[], mode: number): string {
  outer: for (let i = 0; i < 3; i++) {
    try {
      try {
        VT_yield()
        if (mode === 0) return `ret${i}`
        if (mode === 1) throw new Error(`e${i}`)
        if (mode === 2) continue outer
        if (mode === 3) break outer
      } finally {
        VT_yield()
        log.push(`inner finally ${i} ${mode}`)
        if (mode === 4 && i === 1) return 'from finally'
      }
    } catch (e) {
      VT_yield()
      log.push(`caught ${(e as Error).message}`)
      if (i === 1) throw e
    } finally {
      log.push(`outer finally ${i}`)
      VT_yield()
    }
  }
  return 'end'
}

export function main(log: string[]): string {
  for (let m = 0; m <= 4; m++) {
    try { log.push(`mode ${m}: ${f(log, m)}`) } catch (e) { log.push(`mode ${m} threw ${(e as Error).message}`) }
  }
  return 'done'
}
