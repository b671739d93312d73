import { VT_yield } from 'vtify/runtime'

function* letters(tag: string, log: string[]): Generator<string> {
  try {
    yield 'a'
    yield 'b'
    yield 'c'
  } finally {
    log.push(`${tag} closed`)
  }
}

// continue outer leaves the inner for…of: its iterator is closed each time.
export function main(log: string[]): string {
  const out: string[] = []
  outer: for (let row = 0; row < 3; row++) {
    for (const ch of letters(`row${row}`, log)) {
      VT_yield()
      if (ch === 'b' && row !== 1) continue outer
      out.push(`${row}${ch}`)
    }
    log.push(`row ${row} finished`)
  }
  return out.join(',')
}
