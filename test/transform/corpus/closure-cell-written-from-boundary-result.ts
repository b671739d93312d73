// Found by the fuzzer (seed 20261204, part 2) and shrunk: the parameter n is captured by the
// closure given to new Hold(...), so it lives in a cell, and is assigned a boundary's result
// (n = bv(log, ...[])). The temporary holding that result and the cell shared a slot: the
// assignment ends where the call ends, so the cell seemed dead when the temporary was filled,
// although `cell.v = temporary` reads the cell after (live-ranges.ts: a write keeps it in use).
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { Hold, b, bt, bv, maybe, pair } from './_fuzz.ts'

function f0(n: number, log: string[]): number {
  const h1 = new Hold((p2: number): number => bt(n, log));
  log.push(`h1 ${h1.run((n = bv(log, ...[])))}`);
  throw new Error(`x3 ${b(b(4, log), log)}`);
  return bt(VT_join(VT_spawn(b, 0, log)), log);
}

export function main(log: string[]): number {
  const n = 7;
  log.push(`main ${n}`);
  L5: for (const key4 in { p: VT_join(VT_spawn(f0, (-2), log)), q: (maybe(f0(n, log)) ?? (-6)) }) {
    log.push(key4);
    const c6 = (p7: number): number => {
      log.push(`s8 ${b((VT_yield(), 9), log)} ${f0(pair({ p: 2, ...{ q: 2 } }), log)}`);
      return b(b(5, log), log);
      return n;
    };
    {
      const a9: ((p: number) => number)[] = [];
      let w11 = 0;
      while (w11 < 1) {
        w11++;
        let y10 = (-(maybe(w11) ?? w11));
        a9[a9.length] = (p12: number): number => (maybe((VT_yield(), 9)) ?? bv(log, ...[p12]));
      }
      for (const fv13 of a9) log.push(`a9 ${fv13(bv(log, `${6}|${n}|${n}`.length, (-n), n))}`);
    }
  }
  return f0(b(4, log), log);
}
