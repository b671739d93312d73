import { VT_yield } from 'vtify/runtime'

// continue inside a switch continues the loop; break only leaves the switch.
export function main(log: string[]): string {
  const out: string[] = []
  let i = 0
  while (i < 5) {
    i++
    switch (i % 3) {
      case 0:
        VT_yield()
        continue
      case 1:
        VT_yield()
        break
      default:
        out.push('x')
    }
    out.push(`i${i}`)
    log.push(`end of body ${i}`)
  }
  return out.join('')
}
