import { VT_yield } from 'vtify/runtime'

/** A value that takes a state boundary to produce, logged when it is produced. */
export function val<T>(v: T, log: string[], tag = String(v)): T {
  VT_yield()
  log.push(`val ${tag}`)
  return v
}
