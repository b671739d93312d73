// Found by the fuzzer (seed 20261130, path 124) and shrunk: a destructuring default is evaluated
// after its initialiser but written before it; live ranges took source order for evaluation
// order, so n was lost across the boundary in the initialiser and the default read undefined.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, maybe } from './_fuzz.ts'

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
