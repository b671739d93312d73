import { VT_yield } from 'vtify/runtime'

function attempt(f: () => unknown): string {
  try {
    return String(f())
  } catch (e) {
    return (e as Error).name
  }
}

// The temporal dead zone: a `let`, `const` or class reached before its declaration has run —
// through a hoisted function declaration or a closure created above it — throws a
// ReferenceError; a captured const throws a TypeError when assigned.
export function main(log: string[]): string {
  {
    function f(): number {
      return x + 1
    }
    log.push(attempt(f))
    VT_yield()
    let x = 1
    log.push(attempt(f))
  }
  {
    const g = (): number => y
    log.push(attempt(g))
    const y = 2
    VT_yield()
    log.push(attempt(g), attempt(() => ((y as number) = 3)))
  }
  {
    const h = (): { v: number } => new C()
    log.push(attempt(h))
    class C {
      v = 1
    }
    VT_yield()
    log.push(attempt(() => h().v))
  }
  return 'done'
}
