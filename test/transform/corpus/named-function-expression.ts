import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// A named function expression refers to itself by its name (here: to spawn a copy of itself).
const countdown = function tick(n: number, log: string[]): string {
  VT_yield()
  log.push(`tick ${n} ${typeof tick}`)
  if (n === 0) return 'done'
  return `${n} ` + (VT_join(VT_spawn(tick, n - 1, log)) as string)
}

export function main(log: string[]): string {
  const arrow = 'outer'
  const spawned = VT_spawn(() => {
    VT_yield()
    return arrow
  })
  return `${countdown(2, log)} ${VT_join(spawned) as string}`
}
