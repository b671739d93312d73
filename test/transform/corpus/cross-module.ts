import { VT_yield } from 'vtify/runtime'
import { helper } from './_helper.ts'

export function main(log: string[]): number {
  const a = helper('x', log)
  VT_yield()
  log.push(`main got ${a}`)
  return a + helper('y', log)
}
