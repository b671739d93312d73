// Found by the fuzzer (seed 20261204, path 155) and shrunk: vtify's log differed from the reference semantics'.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b } from './_fuzz.ts'

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  switch (Math.abs(0) % 1) {
    default: {
      let s1 = 1;
      const o2 = {
        get g(): number { log.push(`o2 get ${s1}`); return s1; },
        set g(x: number) { log.push(`o2 set ${x}`); s1 = x; },
      };
      o2.g = (s1 &&= b(n, log));
      // falls through
    }
  }
  log.push(`s3 ${0}`);
  return n;
}
