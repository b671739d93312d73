// Found by the fuzzer (seed 21261205, path 125) and shrunk: vtify's log differed from the reference semantics'.
// A cell (y2, captured by a closure) written by a destructuring assignment whose value reaches a
// boundary, `[y2 = 6] = [maybe(bt(…))]`: the write was placed at the default (`y2 = 6`), before the
// boundary, so the cell was not kept across it (live-ranges.ts: a pattern writes at its end).
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b, bt, maybe } from './_fuzz.ts'

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  const cs: ((p: number) => number)[] = [];
  const ms = new Map<number, (p: number) => number>();
  const rs: Record<string, (p: number) => number> = {};
  if ((0 < n)) {
  } else {
    {
      const a1: ((p: number) => number)[] = [];
      for (let x3 of [0] as number[]) {
        let y2 = 0;
        a1[a1.length] = (p4: number): number => b((y2 && 0), log);
        [y2 = 6] = [maybe(([bt(0, log)][0] ?? 0))];
      }
      for (const fv5 of a1) log.push(`a1 ${fv5(2)}`);
    }
  }
  rs[`r${Object.keys(rs).length}`] = (p6: number): number => b(`${3}|${p6}`.length, log);
  return b(0, log);
}
