import { VT_yield } from 'vtify/runtime'

function classify(n: number, log: string[]): string {
  let out = ''
  switch (n % 4) {
    case 0:
      VT_yield()
      out += 'zero'
      break
    case 1:
      out += 'one'
    // falls through
    case 2:
      VT_yield()
      out += 'two'
      break
    default:
      VT_yield()
      out += 'other'
  }
  log.push(`${n}: ${out}`)
  return out
}

export function main(log: string[]): number {
  let len = 0
  for (let i = 0; i < 6; i++) len += classify(i, log).length
  return len
}
