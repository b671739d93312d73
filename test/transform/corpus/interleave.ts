import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function worker(name: string, n: number, log: string[]): number {
  for (let i = 0; i < n; i++) {
    log.push(`${name}${i}`)
    VT_yield()
  }
  return n * 10
}

export function main(log: string[]): number {
  const a = VT_spawn(worker, 'a', 3, log)
  const b = VT_spawn(worker, 'b', 2, log)
  log.push('main spawned')
  VT_yield()
  log.push('main back')
  return VT_join(a) + VT_join(b)
}
