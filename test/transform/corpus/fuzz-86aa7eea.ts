// Found by the fuzzer (seed 20261206, path 6) and shrunk, against a wrong version of the rule
// that keeps a temporary a boundary call takes as a JS local (machine.ts, isStored): the callee
// fv5 is read before b()'s boundary and taken by its own call after it, so it must be stored.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, bt } from './_fuzz.ts'

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  {
    const a1: ((p: number) => number)[] = [];
    for (let i2 = 0, j3 = 0; i2 < 1; i2++) {
      a1[a1.length] = (p4: number): number => bt(n, log);
    }
    for (const fv5 of a1) log.push(`a1 ${fv5(([b(n, log)][0] ?? 0))}`);
  }
  return n;
}
