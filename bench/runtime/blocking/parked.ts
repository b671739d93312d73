// The memory benchmarks' threads in blocking style, compiled by vtify (bench/runtime/compile.mjs):
// each parks in one primitive and keeps two numbers across it, as a handler keeps its counters.
// bench/runtime/parked-async.ts is their async/await twin, line for line.
import { VT_join, VT_read, VT_sleep, type VThread } from 'vtify/runtime'

/** Parked in VT_join on a thread that outlives the measurement. */
export function joinThread(t: VThread<number>, a: number, b: number): number {
  const r = VT_join(t)
  return r + a + b
}

/** Parked in VT_read; every thread reads into one shared buffer (no per-thread buffer). */
export function readThread(ch: object, buf: Uint8Array, a: number): number {
  let total = a
  let n: number
  while ((n = VT_read(ch, buf)) > 0) total += n
  return total
}

/** Parked in VT_sleep. */
export function sleepThread(ms: number, a: number): number {
  VT_sleep(ms)
  return ms + a
}
