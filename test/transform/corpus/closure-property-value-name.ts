// Found by the fuzzer (a `named` statement, `const nf1 = { f: (p2) => (n += 6 - p2) }`, in a
// multistate function) and reduced by hand: a plain closure that captures a local of a
// multistate function is wrapped, `(() => { const n = k.…; return (closure); })()`, a call, so
// JavaScript's NamedEvaluation no longer named it after its property key (vtify logged ",,k").
// The wrapper now names it (docs/transform.md, "Names").
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
