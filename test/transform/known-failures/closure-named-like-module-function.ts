// Found by the fuzzer (a named function value `let f1 = (p) => { … }` in a generated function f0,
// beside the module-level function f1) and reduced by hand. NOT FIXED: a multistate closure bound
// to a local takes its continuation class's name from the binding, `f1$K`, which is also the
// class of the module-level multistate function f1, so the module declares `f1$K` twice and does
// not load: vtify logs "failed to run: Identifier 'f1$K' has already been declared".
// Expected (the oracle): ["1 2", "returned 0"].
// The fuzzer names its function values nf…, never like a generated function, until this is fixed.
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
