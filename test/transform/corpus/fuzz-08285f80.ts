// Found by the fuzzer (seed 12001, path 47) and shrunk: a multistate closure stored in an array by
// index (cs[cs.length] = …) and called through a for…of variable over it (c3 below). The array's
// slot receives the closure (arrays collapse to their elements), so c3(n) is a state boundary.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, maybe } from './_fuzz.ts'

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
