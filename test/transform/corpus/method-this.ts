import { VT_yield } from 'vtify/runtime'

class Counter {
  n = 0
  add(x: number): this {
    this.n += x
    return this
  }
}

function value(v: number, log: string[]): number {
  VT_yield()
  log.push(`value ${v}`)
  return v
}

export function main(log: string[]): number {
  const c = new Counter()
  c.add(value(2, log)).add(value(3, log))
  const arr: number[] = []
  arr.push(value(4, log), value(5, log))
  log.push(`arr ${arr.join(',')}`)
  return c.n + Math.min(value(9, log), value(8, log))
}
