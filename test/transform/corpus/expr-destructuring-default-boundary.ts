import { val } from './_values.ts'

// Boundaries inside destructuring defaults run only for missing values, in pattern order.
export function main(log: string[]): string {
  const { a = val('a-default', log), b = val('b-default', log) } = { b: 'given' } as { a?: string; b?: string }
  const [x = val(1, log), y = val(2, log)] = [undefined, 20]
  const { p: { q = val('q-default', log) } = {}, r: [first = val('first', log), ...more] = [] } = { r: [undefined, 2, 3] } as { p?: { q?: string }; r?: (number | undefined)[] }
  // A later default reads an earlier name of the pattern, after another default's boundary.
  const { n, gap = val('gap', log), m = val(n * 2, log) } = { n: 4 } as { n: number; gap?: string; m?: number }
  return `${a} ${b} ${x} ${y} ${q} ${first} ${more.join('+')} ${n} ${gap} ${m}`
}
