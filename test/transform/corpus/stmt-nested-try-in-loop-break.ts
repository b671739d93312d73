import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): string {
  const out: string[] = []
  let i = 0
  while (true) {
    try {
      try {
        i++
        VT_yield()
        if (i === 3) break
        if (i === 1) throw new Error('one')
        out.push(`i${i}`)
      } catch (e) {
        out.push(`caught ${(e as Error).message}`)
        continue
      } finally {
        out.push(`f${i}`)
      }
      out.push(`tail ${i}`)
    } finally {
      VT_yield()
      log.push(`outer finally ${i}`)
    }
  }
  return out.join(' ')
}
