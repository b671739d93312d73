import { VT_yield } from 'vtify/runtime'

// Function declarations inside a multistate function are hoisted (callable before their line,
// mutually recursive) and keep their names; class declarations are bindings like `let`.
export function main(log: string[]): string {
  let base = 1
  log.push(`early ${twice(3)} ${isEven(10)} ${twice.name}`)
  VT_yield()
  function twice(n: number): number {
    return n * 2 + base
  }
  function isEven(n: number): boolean {
    return n === 0 ? true : isOdd(n - 1)
  }
  function isOdd(n: number): boolean {
    return n === 0 ? false : isEven(n - 1)
  }
  base = 10
  class Counter {
    n = base
    bump(): number {
      return ++this.n + twice(0)
    }
    static make(): Counter {
      return new Counter()
    }
  }
  VT_yield()
  const c = Counter.make()
  log.push(`counter ${c.bump()} ${c.bump()} ${Counter.name}`)
  if (base > 0) {
    function inner(): string {
      return `inner ${base}`
    }
    VT_yield()
    log.push(inner())
  }
  return `${twice(1)}`
}
