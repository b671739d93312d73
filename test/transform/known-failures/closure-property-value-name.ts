// Found by the fuzzer (a `named` statement, `const nf1 = { f: (p2) => (n += 6 - p2) }`, in a
// multistate function) and reduced by hand. NOT FIXED: a plain closure that captures a local of a
// multistate function is wrapped, `(() => { const n = k.…; return (closure); })()` (a cell or a
// copy alike), and an object literal's property value that is a call is not an anonymous function
// definition, so JavaScript's NamedEvaluation no longer names it after its key: vtify logs ",,k"
// where the oracle logs "f,g,k" (a `let`'s closure, k, keeps its name; docs/transform.md,
// "Names"). A multistate closure as the value keeps its name.
// Expected (the oracle): ["f,g,k", "returned 2"].
// Until this is fixed, the fuzzer's `prop` form (print.ts, named()) gives its function value a
// VT_yield(), so that it is multistate.
import { VT_yield } from 'vtify/runtime'

export function main(log: string[]): number {
  let n = 1
  const o = { f: (): number => n++, g: function (): number { return n++ } }
  const k = (): number => n++
  n = 2
  VT_yield()
  log.push([o.f.name, o.g.name, k.name].join(','))
  return n
}
