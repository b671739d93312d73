import { VT_spawn, VT_yield } from 'vtify/runtime'

function lonely(log: string[]): void {
  log.push('lonely runs')
  VT_yield()
  throw new Error('nobody joins me')
}

export function main(log: string[]): string {
  VT_spawn(lonely, log)
  VT_yield()
  VT_yield()
  log.push('main done')
  return 'done'
}
