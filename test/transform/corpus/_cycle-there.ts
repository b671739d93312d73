import { VT_yield } from 'vtify/runtime'
import { back } from './layout-import-cycle.ts'

export function there(n: number, log: string[]): number {
  const half = n / 2
  VT_yield()
  return back(half, log) + n
}
