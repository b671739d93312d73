import { VT_yield } from 'vtify/runtime'

// break out of two try/finally levels at once: both finally blocks run, inner first.
export function main(log: string[]): string {
  let steps = ''
  outer: for (const a of [1, 2]) {
    try {
      for (const b of [1, 2]) {
        try {
          VT_yield()
          steps += `${a}${b} `
          if (b === 2) break outer
        } finally {
          log.push(`inner finally ${a}${b}`)
        }
      }
    } finally {
      VT_yield()
      log.push(`outer finally ${a}`)
    }
  }
  return steps
}
