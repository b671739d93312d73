import { VT_yield } from 'vtify/runtime'

class Greeter {
  constructor(readonly greeting: string) {}
  greet(name: string): string {
    VT_yield()
    return `${this.greeting}, ${name}`
  }
}

// A multistate method called through Function.prototype.call and apply, and from an object it
// was copied to.
export function main(log: string[]): string {
  const g = new Greeter('hi')
  const m = g.greet
  const a = m.call(g, 'call')
  const b = m.call(new Greeter('yo'), 'second call')
  const d = m.apply(new Greeter('hey'), ['apply'])
  const table = { greet: g.greet, greeting: 'table' }
  const c = table.greet('table')
  log.push([a, b, c, d].join(' | '))
  return c
}
