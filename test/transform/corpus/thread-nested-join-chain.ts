import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// Each thread spawns the next and joins it: results flow back up the chain.
function link(depth: number, log: string[]): number {
  log.push(`link ${depth} starts`)
  if (depth === 0) {
    VT_yield()
    return 1
  }
  const child = VT_spawn(link, depth - 1, log)
  VT_yield()
  const r = VT_join(child) * 2
  log.push(`link ${depth} got ${r}`)
  return r
}

export function main(log: string[]): number {
  return link(4, log)
}
