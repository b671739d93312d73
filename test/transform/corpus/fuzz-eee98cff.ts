// Found by the fuzzer (seed 20261205, path 145) and shrunk: vtify's log differed from the reference semantics'.
// A destructuring assignment onto a getter/setter pair and a cell, its value reaching a boundary:
// the same cause as fuzz-70fce431.ts (a pattern's targets were written at their defaults).
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, bv, maybe } from './_fuzz.ts'

function f0(n: number, log: string[]): number {
  try {
  } finally {
    let s1 = 0;
    const o2 = {
      get g(): number { log.push(`o2 get ${s1}`); return s1; },
      set g(x: number) { log.push(`o2 set ${x}`); s1 = x; },
    };
    o2.g = 0;
    [s1 = 0] = [maybe(b(bv(log), log))];
  }
  return 0;
}

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  let v3 = n;
  return b(VT_join(VT_spawn(f0, n, log)), log);
}
