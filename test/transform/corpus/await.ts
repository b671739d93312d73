import { VT_await, VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function waiter(name: string, p: unknown, log: string[]): string {
  log.push(`${name} waits`)
  try {
    const v = VT_await(p)
    log.push(`${name} got ${String(v)}`)
    return String(v)
  } catch (e) {
    log.push(`${name} rejected ${(e as Error).message}`)
    return 'rejected'
  }
}

export function main(log: string[]): string {
  const a = VT_spawn(waiter, 'a', Promise.resolve(1), log)
  const b = VT_spawn(waiter, 'b', 42, log)
  const c = VT_spawn(waiter, 'c', Promise.reject(new Error('no')), log)
  const d = VT_spawn(waiter, 'd', Promise.resolve('late'), log)
  VT_yield()
  log.push('main after yield')
  return [VT_join(a), VT_join(b), VT_join(c), VT_join(d)].join(',')
}
