import { VT_yield } from 'vtify/runtime'

function* numbers(log: string[]): Generator<number> {
  try {
    for (let i = 0; ; i++) yield i
  } finally {
    log.push('generator closed')
  }
}

function consume(log: string[], stopAt: number, failAt: number): number {
  let last = -1
  for (const n of numbers(log)) {
    VT_yield()
    if (n === failAt) throw new Error(`fail at ${n}`)
    if (n === stopAt) break
    last = n
    log.push(`n=${n}`)
  }
  return last
}

export function main(log: string[]): number {
  const a = consume(log, 2, 99)
  try {
    consume(log, 99, 1)
  } catch (e) {
    log.push(`caught ${(e as Error).message}`)
  }
  return a
}
