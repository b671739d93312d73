import { VT_join, VT_sleep, VT_spawn, VT_yield } from 'vtify/runtime'

// A sleeping thread does not run while others keep yielding; it resumes after its timer.
export function main(log: string[]): string {
  const sleeper = VT_spawn(() => {
    log.push('sleeper sleeps')
    VT_sleep(20)
    log.push('sleeper woke')
    return 'slept'
  })
  const busy = VT_spawn(() => {
    for (let i = 0; i < 3; i++) {
      log.push(`busy ${i}`)
      VT_yield()
    }
    return 'busy done'
  })
  return `${VT_join(busy)} ${VT_join(sleeper)}`
}
