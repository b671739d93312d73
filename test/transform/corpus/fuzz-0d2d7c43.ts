// Found by the fuzzer (seed 2026120641, path 7) and shrunk: vtify's log differed from the reference semantics'.
// `n += f0(d, log)` reads n after f0 returns (no temporary holds it across the call), but the
// slot of the call's result was the slot of n: n's live range ended where the result was taken.
// It now runs one past the assignment's end (live-ranges.ts).
import { VT_join, VT_spawn, VT_yield } from 'vtify/runtime'
import { b } from './_fuzz.ts'

function f0(n: number, log: string[], d: number = b(n, log)): number {
  void n;
  return n;
}

function f1(n: number, log: string[], d: number = 0): number {
  log.push(`s1 ${(n += f0(d, log))} ${b(0, log)}`);
  return VT_join(VT_spawn(f0, d, log));
}

export function main(log: string[]): number {
  const n = 0;
  log.push(`main ${n}`);
  {
    const t2 = VT_spawn((): number => {
      log.push(`s3 ${VT_join(VT_spawn(f1, b(n, log), log))}`);
      return n;
    });
    try {
      for (const x4 of [f0(n, log)] as number[]) {
      }
    } finally {
      log.push(`t2 joined ${VT_join(t2)}`);
    }
  }
  return n;
}
