// Found by the fuzzer (seed 21261207, path 18) and shrunk: vtify's log differed from the reference semantics'.
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, bt, maybe } from './_fuzz.ts'

function f0(n: number, log: string[]): number {
  let s1 = 0;
  const o2 = {
    get g(): number { log.push(`o2 get ${s1}`); return s1; },
    set g(x: number) { log.push(`o2 set ${x}`); s1 = x; },
  };
  o2.g = (s1 += b(n, log));
  void 0;
  return n;
}

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  for (const key3 in { p: ((n < 8) ? VT_join(VT_spawn(f0, n, log)) : f0(n, log)), q: ([(n + n), ...[n, 1]][2] ?? 0) }) {
    log.push(key3);
    b(bt(n, log), log);
  }
  return (maybe(b(2, log)) ?? b(3, log));
}
