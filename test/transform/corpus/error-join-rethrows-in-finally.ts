import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function failing(log: string[]): never {
  VT_yield()
  log.push('worker throws')
  throw new TypeError('worker broke')
}

// The joined thread's error surfaces at VT_join, inside the joiner's try: its finally runs, then the caller catches.
function supervise(log: string[]): string {
  const t = VT_spawn(failing, log)
  try {
    return VT_join(t)
  } finally {
    VT_yield()
    log.push('supervisor cleans up')
  }
}

export function main(log: string[]): string {
  try {
    return supervise(log)
  } catch (e) {
    return `caught ${(e as Error).name}: ${(e as Error).message}`
  }
}
