// A private name called on an untyped receiver (`o.#m()` with `o: any`, as JavaScript writes it)
// names the member of the innermost enclosing class that declares it, shadowing an outer one
// (test262's private-*-shadowed-by-method-on-nested-class tests): a multistate one is a state boundary.
import { VT_yield } from 'vtify/runtime'

const C = class {
  get #m(): string {
    return 'outer'
  }
  B = class {
    method(o: any, log: string[]): string {
      return o.#m(log)
    }
    #m(log: string[]): string {
      VT_yield()
      log.push('inner #m')
      return 'inner'
    }
  }
}

export function main(log: string[]): number {
  const c = new C()
  const inner = new c.B()
  log.push(inner.method(inner, log))
  try {
    inner.method(c, log)
  } catch (e) {
    log.push(`caught ${(e as Error).constructor.name}`)
  }
  return 0
}
