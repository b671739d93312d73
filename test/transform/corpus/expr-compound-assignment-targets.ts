import { val } from './_values.ts'

export function main(log: string[]): string {
  const o = { n: 1, s: 'a' }
  const arr = [10, 20]
  let i = 0
  o.n += val(5, log)
  o.s += val('b', log)
  arr[i++] *= val(3, log) // the index is evaluated once, before the boundary
  let x = 2
  x **= val(3, log)
  x -= val(1, log)
  let bits = 0b1010
  bits |= val(0b0101, log, 'bits')
  bits >>= val(1, log)
  return `${o.n} ${o.s} ${arr.join(',')} i=${i} x=${x} bits=${bits}`
}
