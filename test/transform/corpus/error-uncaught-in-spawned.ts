import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

// One thread's uncaught error ends only that thread (reported once, unjoined); the others keep running.
export function main(log: string[]): string {
  VT_spawn(() => {
    VT_yield()
    log.push('bad thread throws')
    throw new Error('unhandled in thread')
  })
  const good = VT_spawn(() => {
    for (let i = 0; i < 3; i++) {
      VT_yield()
      log.push(`good ${i}`)
    }
    return 'good finished'
  })
  return VT_join(good)
}
