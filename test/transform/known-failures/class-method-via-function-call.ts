import { VT_yield } from 'vtify/runtime'

class Greeter {
  constructor(readonly greeting: string) {}
  greet(name: string): string {
    VT_yield()
    return `${this.greeting}, ${name}`
  }
}

// KNOWN FAILURE: a multistate method called through Function.prototype.call (m.call(obj, …)).
// The analysis makes it a state boundary; the transform's dynamic call gets `m.call` as the
// callee (a plain function), calls it inline, and that calls m's stub, which throws "called by
// code that vtify did not transform". The oracle (a generator's .call) returns "hi, call | …".
export function main(log: string[]): string {
  const g = new Greeter('hi')
  const m = g.greet
  const a = m.call(g, 'call')
  const b = m.call(new Greeter('yo'), 'second call')
  const table = { greet: g.greet, greeting: 'table' }
  const c = table.greet('table')
  log.push([a, b, c].join(' | '))
  return c
}
