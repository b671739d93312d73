import { VT_yield } from 'vtify/runtime'

function closeResource(log: string[]): void {
  VT_yield()
  log.push('close fails')
  throw new Error('close failed')
}

// The finally's own error (from a multistate call) replaces the return that was under way.
function use(log: string[]): string {
  try {
    VT_yield()
    return 'result'
  } finally {
    closeResource(log)
  }
}

export function main(log: string[]): string {
  try {
    return use(log)
  } catch (e) {
    return `error: ${(e as Error).message}`
  }
}
