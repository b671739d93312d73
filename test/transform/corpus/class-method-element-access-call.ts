import { VT_yield } from 'vtify/runtime'

// A multistate method called with an element access whose key has one literal type, g[key](…):
// resolved to the method like g.greet(…) (compiler/extract/symbols.ts).
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
