import { VT_join, VT_sleep, VT_spawn, VT_yield } from 'vtify/runtime'

// Threads that sleep the same ms in one round wake together, in the order they slept: a thread
// the first one spawns on waking runs after the second (docs/semantics.md, "Scheduling"). One that
// sleeps the same ms a round later gets a timer of its own and wakes after them.
function helper(log: string[]): void {
  log.push('helper runs')
}

function sleeper(name: string, log: string[], spawn: boolean): string {
  VT_sleep(10)
  log.push(`${name} woke`)
  if (spawn) VT_spawn(helper, log)
  return name
}

function late(log: string[]): string {
  VT_yield()
  VT_sleep(10)
  log.push('late woke')
  return 'late'
}

export function main(log: string[]): string {
  const ts = [VT_spawn(sleeper, 'a', log, true), VT_spawn(sleeper, 'b', log, false), VT_spawn(late, log)]
  let order = ''
  for (const t of ts) order += VT_join(t) + ' '
  return order
}
