// What the driver (bench/runtime/clues.ts) tells each child process of bench:clues, and what the
// child prints back. The configuration travels in the environment, not in argv: the worker
// threads of VT_start import the program again and must create the same clues, and a worker
// sees its parent's environment but not its argv.

import type { StageReps } from './stages.js'

export const CONFIG_VARIABLE = 'VTIFY_CLUES_CONFIG'
/** The prefix of the one line of a child's output the driver reads. */
export const RESULT_PREFIX = 'clues-result '

export interface PipelineConfig {
  /** Event loops (VT_start) or worker threads (the worker_threads baseline). */
  readonly loops: number
  /** Subclues per stage: 1, one clue per stage; n, hashed n-clues (a thread keeps one lane). */
  readonly lanes: number
  /** The Cluethread's period (0: clues stay where round robin put them). */
  readonly cluePeriodMs: number
  readonly reps: StageReps
  /** Size of each generated request body, in bytes. */
  readonly documentBytes: number
  /** Requests in flight at once. */
  readonly concurrency: number
  /** Requests completed before `warmupMs` are not counted (JIT, the workers' start). */
  readonly warmupMs: number
  readonly durationMs: number
  /** Every sampleMs, record completions, the loops' utilization and the clues' owners (0: no samples). */
  readonly sampleMs: number
}

export interface Sample {
  /** Since the measurement window opened. */
  readonly atMs: number
  /** Requests completed since the previous sample. */
  readonly completed: number
  /** Each loop's utilization as last published for the Cluethread. */
  readonly utilization: readonly number[]
  /** `name@loop` of every stage clue. */
  readonly owners: string
}

export interface PipelineResult {
  /** Requests completed in the measurement window, per second. */
  readonly requestsPerSec: number
  readonly completed: number
  /** Of those, how many ended on each loop (or worker). */
  readonly ended: readonly number[]
  /** Requests whose result differed from the same request computed in one call (vtify only). */
  readonly wrong: number
  /** Each loop's (or worker's) event loop utilization over the window. */
  readonly utilization: readonly number[]
  /** A sum over the results, so that no stage's work can be optimised away. */
  readonly checksum: number
  readonly samples: readonly Sample[]
  /** The Cluethread's moves until the window's end, as VT_dump prints them. */
  readonly moves: readonly string[]
  /** Each stage's clue and the loop that owned it at the window's end. */
  readonly owners: string
}

export interface HopConfig {
  /** Hops timed by the single thread (the threads of the second phase share as many). */
  readonly hops: number
  /** Hops before timing starts. */
  readonly warmupHops: number
  /** Threads hopping at once in the second phase. */
  readonly threads: number
}

export interface Latency {
  readonly count: number
  /** Microseconds. */
  readonly median: number
  readonly p99: number
}

export interface HopPhase {
  readonly threads: number
  /** Hops per second, all threads together. */
  readonly hopsPerSec: number
  /** A hop from loop 0 to loop 1, timed on both clocks (timeOrigin + now). */
  readonly toLoop1: Latency
  readonly toLoop0: Latency
  /** Loop 0 → loop 1 → loop 0, on loop 0's clock alone, halved: a check of the two above. */
  readonly halfRoundTrip: Latency
}

export interface HopResult {
  readonly phases: readonly HopPhase[]
}

/** The configuration the driver set; throws if there is none. */
export function readConfig<T>(): T {
  const text = process.env[CONFIG_VARIABLE]
  if (text === undefined) throw new Error(`${CONFIG_VARIABLE} is not set: run this through bench/runtime/clues.ts (npm run bench:clues)`)
  return JSON.parse(text) as T
}

/** Milliseconds of wall time, comparable between threads: each worker has its own timeOrigin. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now()
}

/** Median, p99 and count of samples in milliseconds, as microseconds. */
export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number): number => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN) * 1000
  return { count: sorted.length, median: at(0.5), p99: at(0.99) }
}
