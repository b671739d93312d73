import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function check(n: number, log: string[]): string {
  try {
    if (n < 0) throw new RangeError('negative')
    VT_yield()
    log.push(`checked ${n}`)
  } catch (e) {
    log.push(`caught ${(e as Error).message}`)
    return 'bad'
  } finally {
    log.push('finally')
  }
  try {
    VT_join(null as never)
  } catch (e) {
    log.push(`join threw ${(e as Error).name}`)
  }
  return 'good'
}

export function main(log: string[]): string {
  const t = VT_spawn(check, 1, log)
  return `${check(-1, log)} ${check(2, log)} ${VT_join(t)}`
}
