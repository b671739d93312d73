import { VT_yield } from 'vtify/runtime'

function level(n: number, log: string[]): void {
  try {
    VT_yield()
    throw new Error(`e${n}`)
  } catch (e) {
    log.push(`level ${n} caught ${(e as Error).message}`)
    throw new Error(`${(e as Error).message}+rethrown`)
  } finally {
    VT_yield()
    log.push(`level ${n} finally`)
  }
}

export function main(log: string[]): string {
  try {
    level(1, log)
    return 'unreachable'
  } catch (e) {
    return (e as Error).message
  }
}
