import { VT_yield } from 'vtify/runtime'

function guarded(n: number, log: string[]): number {
  try {
    VT_yield()
    if (n > 0) return n
    log.push('try end')
  } finally {
    log.push(`finally ${n}`)
    VT_yield()
    log.push('finally after yield')
  }
  return -1
}

function overriding(log: string[]): number {
  try {
    return 1
  } finally {
    VT_yield()
    log.push('override')
  }
}

export function main(log: string[]): number {
  return guarded(5, log) + guarded(0, log) + overriding(log)
}
