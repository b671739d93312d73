import { VT_yield } from 'vtify/runtime'

function fail(log: string[]): never {
  VT_yield()
  log.push('failing')
  throw new Error('boom')
}

function cleanup(log: string[]): number {
  try {
    fail(log)
  } catch (e) {
    log.push(`catch ${(e as Error).message}`)
    VT_yield()
    throw new TypeError('rethrown')
  } finally {
    log.push('finally runs')
    VT_yield()
  }
}

export function main(log: string[]): string {
  try {
    cleanup(log)
  } catch (e) {
    log.push(`main caught ${(e as Error).name}`)
  }
  try {
    try {
      fail(log)
    } finally {
      log.push('no catch, finally')
    }
  } catch (e) {
    log.push(`outer ${(e as Error).message}`)
  }
  return 'end'
}
