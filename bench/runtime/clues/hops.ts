// bench:clues' migration micro-benchmark, compiled by vtify: threads that do nothing but move
// between a clue on loop 0 and one on loop 1. A hop is timed from just before VT_follow on one
// loop to just after it returns on the other, on wall time (timeOrigin + now: each worker has its
// own timeOrigin). The samples stay on the loop that took them, in module-level arrays — every
// loop has its own copy of this module — so a thread carries only a timestamp or two across a
// hop; at the end a thread visits each loop and brings back that loop's median and p99.

import { VT_clue, VT_follow, VT_join, VT_spawn, VT_start, type VThread } from 'vtify/runtime'
import { RESULT_PREFIX, latencyOf, readConfig, wallNow, type HopConfig, type HopPhase, type HopResult, type Latency } from './config.js'

const config = readConfig<HopConfig>()

/** Rows 0 and 1: owned by loops 0 and 1 (round robin; the Cluethread is off). */
const sides = [VT_clue('ping'), VT_clue('pong')]

/** Per phase, milliseconds of each hop that arrived on this loop. */
const arrivals: number[][] = [[], []]
/** Per phase (on loop 0 only), half of each round trip 0 → 1 → 0 on loop 0's clock. */
const halfRoundTrips: number[][] = [[], []]

/** Start on loop 0, hop `warmup + hops` times (an even number: it ends on loop 0), timing the last `hops`. */
export function hopper(hops: number, warmup: number, phase: number): number {
  let leftLoop0 = 0
  for (let i = 0; i < warmup + hops; i++) {
    const to = (i + 1) % 2
    const sent = wallNow()
    if (to === 1) leftLoop0 = sent
    VT_follow(sides[to]!)
    const arrived = wallNow()
    if (i < warmup) continue
    arrivals[phase]!.push(arrived - sent)
    if (to === 0) halfRoundTrips[phase]!.push((arrived - leftLoop0) / 2)
  }
  return hops
}

/** Each loop's figures for `phase`, computed where they were taken: [to loop 1, to loop 0, half round trip]. */
export function collect(phase: number): Latency[] {
  VT_follow(sides[1]!)
  const toLoop1 = latencyOf(arrivals[phase]!)
  VT_follow(sides[0]!)
  return [toLoop1, latencyOf(arrivals[phase]!), latencyOf(halfRoundTrips[phase]!)]
}

/** `threads` threads hopping at once, sharing `config.hops` timed hops. */
export function runPhase(index: number, threads: number): HopPhase {
  const perThread = Math.max(2, Math.round(config.hops / threads / 2) * 2)
  const warmup = Math.max(2, Math.round(config.warmupHops / 2) * 2)
  const started = wallNow()
  const hoppers: VThread<number>[] = []
  for (let t = 0; t < threads; t++) hoppers.push(VT_spawn(hopper, perThread, warmup, index))
  for (const hopper of hoppers) VT_join(hopper)
  const seconds = (wallNow() - started) / 1000
  const [toLoop1, toLoop0, halfRoundTrip] = VT_join(VT_spawn(collect, index)) as [Latency, Latency, Latency]
  return { threads, hopsPerSec: (threads * (perThread + warmup)) / seconds, toLoop1, toLoop0, halfRoundTrip }
}

export function main(): HopResult {
  return { phases: [runPhase(0, 1), runPhase(1, config.threads)] }
}

// In the other loop's worker VT_start joins the loops and never settles: nothing below runs twice.
VT_start(main, { loops: 2, module: import.meta.url, cluePeriodMs: 0 }).then(
  (result) => console.log(RESULT_PREFIX + JSON.stringify(result)),
  (error: unknown) => {
    console.error(`bench:clues hops failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 1
  },
)
