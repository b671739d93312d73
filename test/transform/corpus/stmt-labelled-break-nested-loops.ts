import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  let found = ''
  search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
    for (const cell of row) {
      VT_yield()
      log.push(`visit ${cell}`)
      if (cell === 4) {
        found = `cell ${cell}`
        break search
      }
    }
  }
  let n = 0
  loop: do {
    n++
    switch (n) {
      case 3:
        VT_yield()
        break loop
    }
  } while (n < 10)
  return `${found} n=${n}`
}
