import { VT_yield } from 'vtify/runtime'

// KNOWN FAILURE: a multistate method called with an element access, g[key](…) with a constant
// key, is not a state boundary in the analysis model: the oracle logs "[object Generator]" (the
// generator is never run) and vtify calls the method's stub, which throws "called by code that
// vtify did not transform". Expected (as with g.greet(…)): "hi, key".
class Greeter {
  constructor(readonly greeting: string) {}
  greet(name: string): string {
    VT_yield()
    return `${this.greeting}, ${name}`
  }
}

export function main(log: string[]): string {
  const g = new Greeter('hi')
  const key = 'greet' as const
  const a = g[key]('key')
  log.push(a)
  return a
}
