import { VT_await, VT_join, VT_sleep, VT_spawn } from 'vtify/runtime'

// VT_await on a promise settled by a timer, while another thread sleeps.
export function main(log: string[]): string {
  const later = new Promise<string>((resolve) => setTimeout(() => resolve('promised'), 15))
  const sleeper = VT_spawn(() => {
    VT_sleep(50)
    log.push('sleeper woke')
    return 'z'
  })
  const v = VT_await(later)
  log.push(`awaited ${v}`)
  return `${v} ${VT_join(sleeper)}`
}
