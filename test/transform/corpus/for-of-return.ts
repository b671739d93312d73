import { VT_yield } from 'vtify/runtime'

function* letters(log: string[]): Generator<string> {
  try {
    yield 'a'
    yield 'b'
    yield 'c'
  } finally {
    log.push('letters closed')
  }
}

function firstAfter(log: string[], after: string): string {
  for (const l of letters(log)) {
    VT_yield()
    if (l > after) return l
  }
  return 'none'
}

export function main(log: string[]): string {
  return firstAfter(log, 'a') + firstAfter(log, 'z')
}
