import { VT_yield } from 'vtify/runtime'

type Op = (x: number) => number

function half(x: number): number {
  VT_yield()
  return x / 2
}

function triple(x: number): number {
  VT_yield()
  return x * 3
}

function plain(x: number): number {
  return x - 1
}

// Multistate functions kept in a Set, a Map filled by set(), an array filled by push() and by
// index, and a record read with a computed key; the calls out of them suspend, and a plain
// function found in the same place is called inline.
export function main(log: string[]): string {
  const set = new Set<Op>()
  set.add(half)
  set.add(plain)
  const map = new Map<string, Op>()
  map.set('t', triple)
  const pushed: Op[] = []
  pushed.push(triple)
  pushed.unshift(plain)
  const byIndex: Op[] = []
  byIndex[0] = half
  const record: Record<string, Op> = {}
  record['h'] = half
  const out: number[] = []
  for (const op of set) out.push(op(8))
  for (const [name, op] of map) {
    log.push(`map ${name}`)
    out.push(op(2))
  }
  for (let i = 0; i < pushed.length; i++) out.push(pushed[i]!(5))
  out.push(byIndex[0]!(10))
  for (const key of ['h']) out.push(record[key]!(6))
  log.push(out.join(' '))
  return out.join(',')
}
