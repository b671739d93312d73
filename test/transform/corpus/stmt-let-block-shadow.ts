import { VT_yield } from 'vtify/runtime'

// Each block's let shadows the outer one; the outer value is intact after every boundary.
export function main(log: string[]): string {
  let x = 'outer'
  {
    let x = 'block'
    VT_yield()
    {
      const x = 'inner'
      VT_yield()
      log.push(`innermost ${x}`)
    }
    log.push(`block ${x}`)
  }
  if (x === 'outer') {
    let x = 42
    VT_yield()
    log.push(`if ${x}`)
  }
  return x
}
