import { VT_yield } from 'vtify/runtime'

function explode(log: string[]): number {
  VT_yield()
  log.push('about to throw')
  throw new TypeError('uncaught in thread')
}

export function main(log: string[]): number {
  log.push('start')
  return explode(log) + 1
}
