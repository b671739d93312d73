import { VT_yield } from 'vtify/runtime'

// A multistate function that returns a multistate closure over its parameter; the closure is
// called after its creator returned (its fields are reused by then).
function makeAdder(base: number, log: string[]): (x: number) => number {
  VT_yield()
  log.push(`adder for ${base}`)
  return (x: number): number => {
    VT_yield()
    return base + x
  }
}

export function main(log: string[]): string {
  const add1 = makeAdder(1, log)
  const add10 = makeAdder(10, log)
  return `${add1(5)} ${add10(5)} ${add1(add10(100))}`
}
