import { VT_yield } from 'vtify/runtime'

function step(n: number, log: string[]): number {
  VT_yield()
  log.push(`step ${n}`)
  return n
}

export function main(log: string[]): string {
  const a = (step(1, log), step(2, log))
  const b = typeof step(3, log)
  const c = !step(0, log)
  const d = -step(4, log)
  void step(5, log)
  return `${a} ${b} ${c} ${d}`
}
