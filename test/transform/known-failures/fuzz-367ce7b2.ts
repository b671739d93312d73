// Found by the fuzzer (seed 20261130, path 124) and shrunk. NOT FIXED (live ranges, the layout in progress):
// a destructuring default is evaluated after its initialiser but written before it, so live-ranges.ts,
// which takes source order for evaluation order, ends n's interval at the default (b(n, log)), before the
// boundary inside the initialiser: n stays a JS local, lost across that boundary, and the default reads
// undefined. vtify logs 'b undefined' where the oracle logs 'b 0'. Same with a closure read in a default
// (seed 20261130, path 173: 'dynamic call: the callee is undefined').
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, maybe } from '../corpus/_fuzz.ts'

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  switch (Math.abs(n) % 1) {
    default: {
      const [d1 = b(n, log)] = [maybe(b(`${0}`.length, log))];
      // falls through
    }
  }
  return (VT_yield(), 0);
}
