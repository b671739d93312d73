import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  let s = ''
  for (const ch of 'héllo') {
    VT_yield()
    s = ch + s
  }
  const set = new Set([3, 1, 3, 2])
  for (const n of set) {
    if (n === 1) set.add(9) // added during iteration: visited
    VT_yield()
    log.push(`set ${n}`)
  }
  return s
}
