import { VT_yield } from 'vtify/runtime'

function double(x: number): number {
  VT_yield()
  return x * 2
}

function square(x: number): number {
  VT_yield()
  return x * x
}

function negate(x: number): number {
  return -x
}

// Multistate functions (and a plain one) stored in an array and an object, called through them.
export function main(log: string[]): string {
  const list = [double, square, negate]
  const ops = { n: negate, d: double, s: square }
  const out: number[] = []
  for (const f of list) out.push(f(3))
  out.push(ops.s(4))
  out.push(ops.d(ops.n(5)))
  log.push(`computed ${out.length}`)
  return out.join(',')
}
