// Found by the fuzzer (a named function value `let f1 = (p) => { … }` in a generated function f0,
// beside the module-level function f1) and reduced by hand: a multistate closure bound to a
// local took its continuation class's name from the binding, `f1$K`, which is also the class of
// the module-level multistate function f1, so the module declared `f1$K` twice and did not load.
// Module-level declarations now keep their names whichever function is named first.
import { VT_yield } from 'vtify/runtime'

function f0(): number {
  const f1 = (p: number): number => {
    VT_yield()
    return p
  }
  return f1(1)
}

function f1(n: number): number {
  VT_yield()
  return n
}

export function main(log: string[]): number {
  log.push(`${f0()} ${f1(2)}`)
  return 0
}
