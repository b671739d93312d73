import { VT_yield } from 'vtify/runtime'

// A return in finally replaces the try's return value and swallows its exception.
function overrideValue(log: string[]): string {
  try {
    VT_yield()
    return 'from try'
  } finally {
    log.push('finally runs before the return')
    // eslint-disable-next-line no-unsafe-finally
    return 'from finally'
  }
}

function swallow(log: string[]): string {
  try {
    VT_yield()
    throw new Error('lost')
  } finally {
    VT_yield()
    log.push('swallowing')
    // eslint-disable-next-line no-unsafe-finally
    return 'swallowed'
  }
}

export function main(log: string[]): string {
  return `${overrideValue(log)} ${swallow(log)}`
}
