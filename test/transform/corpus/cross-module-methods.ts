import { VT_yield } from 'vtify/runtime'
import { Circle, Counter, Failing, Square, counterOf, hidden, madeInThread, table, withThis, type Shape } from './_methods.ts'

// Multistate methods of classes declared in another module, called through values: with `this`,
// rest and default parameters, `arguments`, a static method, an instance of a class the module
// does not export, an interface with two implementations, an error thrown across the call; and
// that module's closures: an arrow writing what it captured, a function expression given a
// `this`, an object literal's method, a closure made by a multistate function.
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
  const count = counterOf(10)
  const closures = [count(1, log), count(2, log)]
  const holder = { tag: 'held', f: withThis() }
  const made2 = madeInThread(log)
  const more = [holder.f(), table.times(4), made2(1), made2(2)]
  VT_yield()
  return [a, b, t, n, made.count, h, total, unbound, caught, ...closures, ...more].join(' ')
}
