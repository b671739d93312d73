// Found by the fuzzer (seed 7, path 4) and shrunk: a catch clause in code without a boundary (plain.ts) declared its binding as `catch (k.f$e1)`.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'

function b(n: number, log: string[]): number {
  // A budget keeps generated programs short whatever their loops and calls multiply to.
  if (log.length > 400) throw new RangeError('log budget')
  log.push(`b ${n}`)
  VT_yield()
  log.push(`b ${n} back`)
  return n + 1
}

export function main(log: string[]): number {
  const n = 0
  log.push(`main ${n}`)
  try {
  } catch (e1) {
    log.push(`e1 ${String(e1)}`)
  }
  return b(n, log)
}
