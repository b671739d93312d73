import { VT_yield } from 'vtify/runtime'

// Inside `class C { … }`, C is the class's own immutable binding: the variable C outside can be
// changed, the inner one cannot (a TypeError), and methods keep seeing the class.
export function main(log: string[]): string {
  const probeBefore = (): unknown => C
  const setBefore = (): void => {
    // @ts-expect-error a class declaration's name is assignable in JavaScript
    C = null
  }
  class C {
    probe(): unknown {
      VT_yield()
      return C
    }
    modify(): void {
      VT_yield()
      // @ts-expect-error as above; inside the class the binding is immutable
      C = null
    }
    static self = C
  }
  VT_yield()
  const cls = probeBefore() as typeof C
  setBefore()
  log.push(`outer changed: ${String(probeBefore())}`)
  log.push(`inner binding: ${cls.prototype.probe() === cls}`)
  try {
    cls.prototype.modify()
    log.push('modified')
  } catch (e) {
    log.push(`modify: ${(e as Error).constructor.name}`)
  }
  log.push(`still the class: ${cls.prototype.probe() === cls} ${cls.self === cls}`)
  return 'done'
}
