import { VT_yield } from 'vtify/runtime'

function pick(n: number, log: string[]): string {
  if (n > 10) {
    VT_yield()
    log.push('big')
    return 'big'
  } else if (n > 5) {
    log.push('medium')
  } else {
    VT_yield()
    log.push('small')
  }
  log.push(`after ${n}`)
  return 'done'
}

export function main(log: string[]): string {
  return [pick(20, log), pick(7, log), pick(1, log)].join(' ')
}
