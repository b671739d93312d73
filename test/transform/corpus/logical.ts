import { VT_yield } from 'vtify/runtime'

function slow<T>(v: T, log: string[]): T {
  log.push(`slow ${String(v)}`)
  VT_yield()
  return v
}

export function main(log: string[]): string {
  const a = 0 && slow(1, log)
  const b = 1 && slow(2, log)
  const c = 'x' || slow('y', log)
  const d = '' || slow('z', log)
  const e = null ?? slow('n', log)
  const f = 5 ?? slow(6, log)
  const g = slow(true, log) && slow(false, log) || slow('last', log)
  return [a, b, c, d, e, f, g].join('|')
}
