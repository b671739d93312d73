// Found by the fuzzer (seed 20261206, path 6) and shrunk: vtify's log differed from the reference semantics'.
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
