import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function quick(x: number, log: string[]): number {
  log.push(`quick ${x}`)
  return x * 2
}

export function main(log: string[]): number {
  const t = VT_spawn(quick, 21, log)
  VT_yield()
  VT_yield()
  log.push('thread has ended; join completes at once')
  const a = VT_join(t)
  const b = VT_join(t) // joining again returns the same result
  return a + b
}
