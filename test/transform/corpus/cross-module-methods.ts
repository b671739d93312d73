import { VT_yield } from 'vtify/runtime'
import { Circle, Counter, Failing, Square, hidden, type Shape } from './_methods.ts'

// Multistate methods of classes declared in another module, called through values: with `this`,
// rest and default parameters, `arguments`, a static method, an instance of a class the module
// does not export, an interface with two implementations, an error thrown across the call.
export function main(log: string[]): string {
  const c = new Counter('c')
  const a = c.add(1, log)
  const b = c.add(2, log, 3, 4)
  const t = c.twice(5, log)
  const n = c.counted()
  const made = Counter.make('made')
  made.add(7, log)
  const h = hidden(21).scaled()
  const shapes: Shape[] = [new Square(3), new Circle(2)]
  let total = 0
  for (const s of shapes) total += s.area(log)
  const add = c.add
  let unbound = 'no error'
  try {
    add(1, log)
  } catch (e) {
    unbound = (e as Error).constructor.name
  }
  let caught = ''
  try {
    new Failing().fail('boom')
  } catch (e) {
    caught = (e as Error).message
  }
  VT_yield()
  return [a, b, t, n, made.count, h, total, unbound, caught].join(' ')
}
