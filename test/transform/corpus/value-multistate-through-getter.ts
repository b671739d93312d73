import { VT_yield } from 'vtify/runtime'

type Op = (x: number, log: string[]) => number

function slow(x: number, log: string[]): number {
  VT_yield()
  log.push(`slow ${x}`)
  return x * 2
}

class Box {
  reads = 0
  constructor(private op: Op) {}
  // The getter runs once per call through it, before the call suspends.
  get current(): Op {
    this.reads++
    return this.op
  }
}

// A multistate function returned by a getter and called through it.
export function main(log: string[]): string {
  const box = new Box(slow)
  const a = box.current(1, log) + box.current(2, log)
  const out = `${a} reads ${box.reads}`
  log.push(out)
  return out
}
