import { VT_yield } from 'vtify/runtime'

// An error thrown three multistate frames down runs each frame's finally on its way up, innermost first.
function c(log: string[]): number {
  try {
    VT_yield()
    throw new Error('deep')
  } finally {
    log.push('c finally')
  }
}

function b(log: string[]): number {
  try {
    return c(log) + 1
  } finally {
    VT_yield()
    log.push('b finally')
  }
}

function a(log: string[]): number {
  try {
    return b(log) + 1
  } finally {
    log.push('a finally')
  }
}

export function main(log: string[]): string {
  try {
    return String(a(log))
  } catch (e) {
    return `main caught ${(e as Error).message}`
  }
}
