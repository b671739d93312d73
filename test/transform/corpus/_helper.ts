import { VT_yield } from 'vtify/runtime'

export function helper(tag: string, log: string[]): number {
  log.push(`helper ${tag} start`)
  VT_yield()
  log.push(`helper ${tag} end`)
  return tag.charCodeAt(0)
}
