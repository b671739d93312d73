import { VT_join, VT_sleep, VT_spawn } from 'vtify/runtime'

// Threads sleeping for different times wake in order of their deadlines, not of their spawning.
function sleeper(name: string, ms: number, log: string[]): string {
  log.push(`${name} sleeps ${ms}`)
  VT_sleep(ms)
  log.push(`${name} woke`)
  return name
}

export function main(log: string[]): string {
  const ts = [VT_spawn(sleeper, 'long', 80, log), VT_spawn(sleeper, 'short', 5, log), VT_spawn(sleeper, 'mid', 40, log)]
  let order = ''
  for (const t of ts) order += VT_join(t) + ' '
  return order
}
