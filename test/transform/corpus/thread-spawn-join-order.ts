import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function job(name: string, yields: number, log: string[]): string {
  log.push(`${name} starts`)
  for (let i = 0; i < yields; i++) VT_yield()
  log.push(`${name} ends`)
  return name.toUpperCase()
}

// Joined in the reverse order of finishing: each join returns its own thread's result.
export function main(log: string[]): string {
  const slow = VT_spawn(job, 'slow', 3, log)
  const fast = VT_spawn(job, 'fast', 0, log)
  const mid = VT_spawn(job, 'mid', 1, log)
  log.push('all spawned')
  const a = VT_join(slow)
  log.push('joined slow')
  return [a, VT_join(fast), VT_join(mid)].join(',')
}
