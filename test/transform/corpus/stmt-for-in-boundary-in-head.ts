import { VT_yield } from 'vtify/runtime'

function source(log: string[]): { x: number; y: number } {
  VT_yield()
  log.push('source')
  return { x: 1, y: 2 }
}

export function main(log: string[]): string {
  let out = ''
  let k: string
  for (k in source(log)) {
    out += k
    if (k === 'x') continue
    log.push(`key ${k}`)
  }
  return out
}
