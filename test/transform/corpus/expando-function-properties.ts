// Functions assigned as properties of a function declaration (expandos, as test harnesses write
// `assert.throws = function …`) are traced: a multistate one is called in continuation-passing
// style and its callbacks suspend inside it. Such an assignment gives no name (`.name` is '').
import { VT_yield } from 'vtify/runtime'

function check(ok: boolean, log: string[]): void {
  log.push(`check ${ok}`)
}
check.throws = function (E: new (message: string) => Error, f: () => void, log: string[]): void {
  try {
    f()
  } catch (e) {
    log.push(`caught ${e instanceof E} ${(e as Error).message}`)
    return
  }
  throw new Error('no throw')
}
check.twice = (f: (n: number) => number): number => f(f(1))

export function main(log: string[]): number {
  check(true, log)
  check.throws(TypeError, () => {
    VT_yield()
    log.push('in callback')
    throw new TypeError('bad')
  }, log)
  const r = check.twice((n) => {
    VT_yield()
    log.push(`n ${n}`)
    return n + 1
  })
  log.push(`r ${r} '${check.throws.name}' '${check.twice.name}'`)
  return r
}
