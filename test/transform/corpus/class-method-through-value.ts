import { VT_yield } from 'vtify/runtime'

class Greeter {
  constructor(readonly greeting: string) {}
  greet(name: string): string {
    VT_yield()
    return `${this.greeting}, ${name}`
  }
}

// A multistate method reached through values: another object's property, a method taken from
// the prototype and stored on an object; each call keeps its receiver.
export function main(log: string[]): string {
  const g = new Greeter('hi')
  const a = g.greet('direct')
  const other = { greet: Greeter.prototype.greet, greeting: 'proto' }
  const b = other.greet('proto')
  const table = { greet: g.greet, greeting: 'table' }
  const c = table.greet('table')
  log.push([a, b, c].join(' | '))
  return c
}
