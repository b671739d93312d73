// Found by the fuzzer (seed 12001, path 47) and shrunk. NOT FIXED (analysis): a multistate closure stored in
// an array and called through an element (c3 below) is not a state boundary in the model, so vtify calls
// it from untransformed code (runtime error) and the oracle logs a generator object. DESIGN.md §4 wants
// such a call supported (unknown targets: the §5.1 child thread) or diagnosed.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, maybe } from '../corpus/_fuzz.ts'

function f0(n: number, log: string[]): number {
  const cs: ((p: number) => number)[] = [];
  cs[cs.length] = (p1: number): number => (maybe(0) ?? b(0, log));
  {
    const t2 = VT_spawn(b, n, log);
    try {
      for (const c3 of cs) log.push(`c3 ${c3(n)}`);
    } finally {
      log.push(`t2 joined ${VT_join(t2)}`);
    }
  }
  return n;
}

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  let v4 = 0;
  return (f0(0, log) + 0);
}
