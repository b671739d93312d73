import { val } from './_values.ts'

// KNOWN FAILURE (diagnosed, VT2002): a state boundary inside a destructuring default. Before
// this was diagnosed, the default was printed as plain code, so the multistate call reached its
// stub and threw "called by code that vtify did not transform". Needs the pattern lowered
// element by element (array patterns through the iterator protocol). Oracle:
// "a-default given 1 20 105,6".
// Boundaries inside destructuring defaults run only for missing values, in pattern order.
export function main(log: string[]): string {
  const { a = val('a-default', log), b = val('b-default', log) } = { b: 'given' } as { a?: string; b?: string }
  const [x = val(1, log), y = val(2, log)] = [undefined, 20]
  const arr = [5, 6]
  arr[val(0, log)] += val(100, log)
  return `${a} ${b} ${x} ${y} ${arr.join(',')}`
}
