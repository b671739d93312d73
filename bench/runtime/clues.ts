// Clues: a CPU-bound pipeline "server" on several event loops (issue 16 point 9; docs/runtime.md
// §14). Each request is a virtual thread that parses a ~32 KB JSON body, hashes it (sha256,
// iterated) and deflates it, following one clue per stage (bench/runtime/clues/pipeline.ts,
// compiled by vtify). Each configuration runs in a process of its own — VT_start runs once per
// process — and the configurations take turns, best of ROUNDS:
//   vtify, 1 loop; vtify, 2 loops, one clue per stage (round robin puts parse and compress on
//   loop 0, hash on loop 1); vtify, 2 loops, hashed 2-clues per stage (a thread keeps its lane at
//   every stage, so the lanes run in parallel); the same pipeline with async/await on one thread;
//   two worker_threads each running whole requests (the parallel reference).
// Then unequal stages (parse twice the others), a clue per stage, with the Cluethread every
// 200 ms, sampled every 100 ms for 5 s beside the same pipeline on 1 loop and with the Cluethread
// off; and a migration micro-benchmark: threads hopping between a clue on loop 0 and one on loop 1
// (bench/runtime/clues/hops.ts).
// Run: npm run bench:clues [-- --smoke]   (or SMOKE=1: a fraction of a second per configuration)

import { spawn } from 'node:child_process'
import os from 'node:os'
import { performance, type EventLoopUtilization } from 'node:perf_hooks'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { fileURLToPath } from 'node:url'
import { compiledPath } from './compiled.js'
import {
  CONFIG_VARIABLE,
  RESULT_PREFIX,
  latencyOf,
  readConfig,
  wallNow,
  type HopConfig,
  type HopPhase,
  type HopResult,
  type Latency,
  type PipelineConfig,
  type PipelineResult,
  type Sample,
} from './clues/config.js'
import { Endings } from './clues/endings.js'
import { compressStage, hashStage, makeDocuments, parseStage, type StageReps } from './clues/stages.js'

const SMOKE = process.argv.includes('--smoke') || process.env.SMOKE === '1' || process.env.VTIFY_BENCH_SMOKE === '1'
const ROUNDS = SMOKE ? 1 : 5
/**
 * Where the repetitions start: about 0.65 ms a stage on the 2-core EPYC VM when this was
 * written. calibrate() scales them to the machine of the run, whose stages do not keep the same
 * proportions from day to day (parse 0.74 → 0.49 ms, hash 0.68 → 0.69, between two sessions).
 */
const START_REPS: StageReps = { parse: 3, hash: 28, compress: 1 }
const BASE: PipelineConfig = {
  loops: 1,
  lanes: 1,
  cluePeriodMs: 0,
  reps: START_REPS,
  documentBytes: 32_000,
  concurrency: 64,
  warmupMs: SMOKE ? 100 : 500,
  durationMs: SMOKE ? 300 : 2500,
  sampleMs: 0,
}
const HOPS: HopConfig = { hops: SMOKE ? 500 : 20_000, warmupHops: SMOKE ? 100 : 2000, threads: 8 }

const PIPELINE = 'clues/pipeline.js'
const CHILD_TIMEOUT_MS = 60_000
const THIS = fileURLToPath(import.meta.url)

interface Variant {
  readonly name: string
  /** `base`: BASE with the run's calibrated repetitions. */
  run(base: PipelineConfig): Promise<PipelineResult>
}

const VARIANTS: readonly Variant[] = [
  { name: 'vtify, 1 loop', run: (base) => vtify(base) },
  { name: 'vtify, 2 loops, a clue per stage', run: (base) => vtify({ ...base, loops: 2 }) },
  { name: 'vtify, 2 loops, 2 lanes per stage', run: (base) => vtify({ ...base, loops: 2, lanes: 2 }) },
  { name: 'async/await, 1 thread', run: (base) => child<PipelineResult>(THIS, ['async'], base) },
  { name: 'worker_threads, 2 × whole requests', run: (base) => child<PipelineResult>(THIS, ['workers'], { ...base, loops: 2 }) },
]

// ---------------------------------------------------------------------------------------------
// Child processes

function vtify(config: PipelineConfig): Promise<PipelineResult> {
  return child<PipelineResult>(compiledPath(PIPELINE), [], config)
}

/** Run `script` with the configuration in its environment; its result is the line after RESULT_PREFIX. */
function child<T>(script: string, args: readonly string[], config: object): Promise<T> {
  const env = { ...process.env, [CONFIG_VARIABLE]: JSON.stringify(config) }
  const proc = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  // A process that does not end by itself is a finding too (keep-alive, a lost thread): say so.
  let hung = false
  const timer = setTimeout(() => {
    hung = true
    proc.kill('SIGKILL')
  }, CHILD_TIMEOUT_MS)
  return new Promise((resolve, reject) => {
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX))
      if (code === 0 && line !== undefined) return resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as T)
      const how = hung ? `did not end within ${CHILD_TIMEOUT_MS / 1000} s` : `ended with ${signal ?? `code ${code}`}`
      reject(new Error(`${script} ${args.join(' ')} ${how}${line === undefined ? ', no result' : ''}\n${stdout}${stderr}`))
    })
  })
}

// ---------------------------------------------------------------------------------------------
// Baselines: the same stages, without vtify

/** When requests ended on this thread. */
const endings = new Endings()

/** The pipeline as async/await: an await where the vtify thread follows a clue. */
async function asyncRequest(body: string, reps: StageReps): Promise<number> {
  await null
  const summary = parseStage(body, reps.parse)
  await null
  const digest = hashStage(body, reps.hash)
  await null
  const result = compressStage(body, digest, reps.compress) + summary.tagged
  endings.record()
  return result
}

interface Served {
  readonly completed: number
  readonly checksum: number
  readonly utilization: number
}

/** Keep `concurrency` requests in flight until `to`, as pipeline.ts's main does; count those that ended in [from, to). */
async function serveAsync(config: PipelineConfig, concurrency: number, from: number, to: number): Promise<Served> {
  const documents = makeDocuments(8, config.documentBytes)
  const inFlight: Promise<number>[] = []
  let started = 0
  for (; started < concurrency; started++) inFlight.push(asyncRequest(documents[started % 8]!, config.reps))
  let checksum = 0
  let mark: EventLoopUtilization | undefined
  for (let slot = 0; ; slot = (slot + 1) % concurrency) {
    checksum += await inFlight[slot]!
    const now = wallNow()
    if (now >= to) break
    if (now >= from) mark ??= performance.eventLoopUtilization()
    inFlight[slot] = asyncRequest(documents[started++ % 8]!, config.reps)
  }
  const utilization = performance.eventLoopUtilization(mark).utilization
  for (const rest of inFlight) checksum += await rest
  return { completed: endings.countIn(from, to), checksum, utilization }
}

async function asyncChild(): Promise<PipelineResult> {
  const config = readConfig<PipelineConfig>()
  const from = wallNow() + config.warmupMs
  const served = await serveAsync(config, config.concurrency, from, from + config.durationMs)
  return result(config, [served])
}

/** `config.loops` workers, each serving its share of the requests in flight on its own. */
async function workersChild(): Promise<PipelineResult> {
  const config = readConfig<PipelineConfig>()
  const from = wallNow() + config.warmupMs
  const share = { config, concurrency: config.concurrency / config.loops, from, to: from + config.durationMs }
  const workers: Promise<Served>[] = []
  for (let w = 0; w < config.loops; w++) {
    const worker = new Worker(THIS, { workerData: { cluesWorker: share } })
    workers.push(new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject)))
  }
  return result(config, await Promise.all(workers))
}

interface WorkerShare {
  readonly config: PipelineConfig
  readonly concurrency: number
  readonly from: number
  readonly to: number
}

async function workerThread(share: WorkerShare): Promise<void> {
  parentPort?.postMessage(await serveAsync(share.config, share.concurrency, share.from, share.to))
}

function result(config: PipelineConfig, served: readonly Served[]): PipelineResult {
  const perWorker = served.map((s) => s.completed)
  const completed = perWorker.reduce((sum, count) => sum + count, 0)
  const checksum = served.reduce((sum, s) => sum + s.checksum, 0)
  const utilization = served.map((s) => s.utilization)
  return {
    requestsPerSec: (completed * 1000) / config.durationMs,
    completed,
    ended: perWorker,
    wrong: 0,
    utilization,
    checksum,
    samples: [],
    moves: [],
    owners: '',
  }
}

// ---------------------------------------------------------------------------------------------
// The driver

function load(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')
}

/** Median milliseconds of each stage on one body, in this process. */
function stageCosts(reps: StageReps): StageReps {
  const documents = makeDocuments(8, BASE.documentBytes)
  const stages = {
    parse: (body: string) => parseStage(body, reps.parse),
    hash: (body: string) => hashStage(body, reps.hash),
    compress: (body: string) => compressStage(body, 'f'.repeat(64), reps.compress),
  }
  const samples: Record<keyof StageReps, number[]> = { parse: [], hash: [], compress: [] }
  // the stages take turns, so that the machine speeding up or slowing down meanwhile (it is
  // shared) changes their proportions less; the first turns, before the JIT has compiled the
  // stages, are not counted
  const count = SMOKE ? 20 : 200
  for (let i = -count / 10; i < count; i++) {
    for (const name of ['parse', 'hash', 'compress'] as const) {
      const start = performance.now()
      stages[name](documents[(i + count) % 8]!)
      if (i >= 0) samples[name].push(performance.now() - start)
    }
  }
  const median = (name: keyof StageReps): number => latencyOf(samples[name]).median / 1000
  return { parse: median('parse'), hash: median('hash'), compress: median('compress') }
}

/**
 * Repetitions that make the three stages cost about the same here: compress runs once (its unit
 * is the largest), parse and hash as many times as come closest to it.
 */
function calibrate(): StageReps {
  const ms = stageCosts(START_REPS)
  const scaled = (stage: 'parse' | 'hash'): number => Math.max(1, Math.round((START_REPS[stage] * ms.compress) / ms[stage]))
  return { parse: scaled('parse'), hash: scaled('hash'), compress: START_REPS.compress }
}

function printCosts(label: string, reps: StageReps): void {
  const ms = stageCosts(reps)
  const costs = [ms.parse, ms.hash, ms.compress]
  const spread = Math.max(...costs) / Math.min(...costs)
  console.log(
    `  ${label}: parse ${ms.parse.toFixed(3)} ms (×${reps.parse}), hash ${ms.hash.toFixed(3)} ms (×${reps.hash}), ` +
      `compress ${ms.compress.toFixed(3)} ms (×${reps.compress}); max/min ${spread.toFixed(2)}`,
  )
}

function utilizations(r: PipelineResult): string {
  return r.utilization.map((u) => u.toFixed(2)).join('/')
}

async function throughput(base: PipelineConfig): Promise<Map<string, PipelineResult>> {
  console.log(
    `\nthroughput: ${base.concurrency} requests in flight, ${base.warmupMs} ms warm-up then ${base.durationMs} ms counted, ` +
      `configurations taking turns, best of ${ROUNDS} (load ${load()})`,
  )
  const best = new Map<string, PipelineResult>()
  for (let round = 1; round <= ROUNDS; round++) {
    for (const variant of VARIANTS) {
      const r = await variant.run(base)
      if (r.wrong > 0) throw new Error(`${variant.name}: ${r.wrong} requests returned a wrong result`)
      console.log(
        `  run ${round} ${variant.name.padEnd(36)} ${r.requestsPerSec.toFixed(0).padStart(6)} requests/s   utilization ${utilizations(r)}   ended ${r.ended.join('/')}   load ${load()}`,
      )
      if (r.requestsPerSec > (best.get(variant.name)?.requestsPerSec ?? 0)) best.set(variant.name, r)
    }
  }
  return best
}

function printRatios(best: Map<string, PipelineResult>): void {
  const rps = (index: number): number => (best.get(VARIANTS[index]!.name) as PipelineResult).requestsPerSec
  console.log('\nbest of each:')
  for (const [i, variant] of VARIANTS.entries()) console.log(`  ${variant.name.padEnd(36)} ${rps(i).toFixed(0).padStart(6)} requests/s`)
  const ratio = (a: number, b: number): string => `${(rps(a) / rps(b)).toFixed(2)}×`
  console.log(`  2 loops, a clue per stage ÷ 1 loop       ${ratio(1, 0)}`)
  console.log(`  2 loops, 2 lanes per stage ÷ 1 loop      ${ratio(2, 0)}  (budget ≥ 1.8×: ${rps(2) / rps(0) >= 1.8 ? 'met' : 'not met'})`)
  console.log(`  vtify 1 loop ÷ async/await               ${ratio(0, 3)}`)
  console.log(`  worker_threads ÷ async/await             ${ratio(4, 3)}  (the parallel reference)`)
  console.log(`  2 loops, 2 lanes ÷ worker_threads        ${ratio(2, 4)}`)
}

/** Requests/s over samples[from, to): what ended in them over the time since the sample before. */
function rate(samples: readonly Sample[], from: number, to = samples.length): number {
  if (to <= from) return NaN
  const completed = samples.slice(from, to).reduce((sum, s) => sum + s.completed, 0)
  const start = from === 0 ? 0 : (samples[from - 1] as Sample).atMs
  return (completed * 1000) / ((samples[to - 1] as Sample).atMs - start)
}

/**
 * Parse twice the others, a clue per stage: round robin puts parse and compress (3 units) on
 * loop 0, hash (1) on loop 1. Sampled every half period, from the start: the Cluethread's first
 * move comes after its second period.
 */
async function cluethread(base: PipelineConfig): Promise<void> {
  const unequal = { ...base.reps, parse: 2 * base.reps.parse }
  const c: PipelineConfig = { ...base, loops: 2, reps: unequal, cluePeriodMs: 200, sampleMs: 100, warmupMs: 0, durationMs: SMOKE ? 1000 : 5000 }
  console.log(
    `\nthe Cluethread: parse 2× the other stages, a clue per stage, 2 loops, cluePeriodMs ${c.cluePeriodMs}, ` +
      `${c.durationMs} ms sampled every ${c.sampleMs} ms (load ${load()})`,
  )
  printCosts('stage costs', unequal)
  const steady = { ...c, sampleMs: 0, warmupMs: base.warmupMs, durationMs: base.durationMs }
  const one = await vtify({ ...steady, loops: 1, cluePeriodMs: 0 })
  const fixed = await vtify({ ...steady, cluePeriodMs: 0 })
  console.log(`  1 loop: ${one.requestsPerSec.toFixed(0)} requests/s`)
  console.log(
    `  2 loops, the Cluethread off (clues where round robin put them): ${fixed.requestsPerSec.toFixed(0)} requests/s, utilization ${utilizations(fixed)}`,
  )
  const r = await vtify(c)
  if (r.wrong > 0) throw new Error(`the Cluethread run: ${r.wrong} requests returned a wrong result`)
  printSamples(r.samples)
  for (const line of r.moves) console.log(`  ${line}`)
  summarizeCluethread(r, fixed, one)
}

function printSamples(samples: readonly Sample[]): void {
  console.log('   sampled at  requests/s  utilization 0 / 1 (last period)  owners')
  for (const [i, s] of samples.entries()) {
    const utilization = s.utilization.map((u) => u.toFixed(2)).join(' / ')
    console.log(
      `  ${s.atMs.toFixed(0).padStart(8)} ms  ${rate(samples, i, i + 1)
        .toFixed(0)
        .padStart(10)}  ${utilization.padEnd(31)}  ${s.owners}`,
    )
  }
}

/** Throughput before the first move and after the last, and whether the loops ended within 15 % of each other. */
function summarizeCluethread(r: PipelineResult, fixed: PipelineResult, one: PipelineResult): void {
  const samples = r.samples
  const moved = samples.findIndex((s) => s.owners !== samples[0]?.owners)
  const settled = samples.findIndex((s) => s.owners === samples.at(-1)?.owners)
  // The first sample holds the workers' start; the one in which a clue moved, two placements.
  const before = moved === -1 ? samples.length : moved
  const beforeRate = rate(samples, 1, before)
  const afterRate = moved === -1 ? NaN : rate(samples, settled + 1)
  const tail = samples.slice(-5)
  const mean = (loop: number): number => tail.reduce((sum, s) => sum + (s.utilization[loop] ?? NaN), 0) / tail.length
  const gap = Math.abs(mean(0) - mean(1))
  console.log(`  owners at the window's end: ${r.owners}; ${r.moves.length} move${r.moves.length === 1 ? '' : 's'}`)
  console.log(
    `  requests/s: before the first move ${beforeRate.toFixed(0)} (${Math.max(0, before - 1)} samples; steady, Cluethread off: ` +
      `${fixed.requestsPerSec.toFixed(0)}), after the last ${afterRate.toFixed(0)} (${moved === -1 ? 0 : samples.length - settled - 1} samples): ` +
      `${(afterRate / fixed.requestsPerSec).toFixed(2)}× the Cluethread off, ${(afterRate / one.requestsPerSec).toFixed(2)}× 1 loop`,
  )
  console.log(
    `  utilization over the last ${tail.length} samples: ${mean(0).toFixed(2)} / ${mean(1).toFixed(2)}, ` +
      `gap ${gap.toFixed(2)} (budget within 0.15: ${gap <= 0.15 ? 'met' : 'not met'})`,
  )
}

function latency(l: Latency): string {
  return `median ${l.median.toFixed(1)} µs, p99 ${l.p99.toFixed(1)} µs (${l.count})`
}

async function hops(): Promise<void> {
  console.log(`\nmigration: ${HOPS.hops} timed hops between a clue on loop 0 and one on loop 1 after ${HOPS.warmupHops} untimed (load ${load()})`)
  const r = await child<HopResult>(compiledPath('clues/hops.js'), [], HOPS)
  for (const p of r.phases as HopPhase[]) {
    console.log(`  ${p.threads} thread${p.threads === 1 ? '' : 's'}: ${p.hopsPerSec.toFixed(0)} hops/s`)
    console.log(`    hop 0 → 1          ${latency(p.toLoop1)}`)
    console.log(`    hop 1 → 0          ${latency(p.toLoop0)}`)
    console.log(`    round trip ÷ 2     ${latency(p.halfRoundTrip)}`)
  }
  const single = r.phases[0] as HopPhase
  const median = Math.max(single.toLoop1.median, single.toLoop0.median)
  console.log(`  one thread, slower direction's median ${median.toFixed(1)} µs (budget ≤ 5 µs: ${median <= 5 ? 'met' : 'not met'})`)
}

async function driver(): Promise<void> {
  console.log(`bench:clues — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, node ${process.version}, load ${load()}${SMOKE ? ' (smoke)' : ''}`)
  const base = { ...BASE, reps: calibrate() }
  printCosts(`stage costs, median (repetitions calibrated from ×${START_REPS.parse}, ×${START_REPS.hash}, ×${START_REPS.compress})`, base.reps)
  printRatios(await throughput(base))
  await cluethread(base)
  await hops()
  console.log(`\nload at the end ${load()}`)
}

// This file is the driver, the async/await child, the worker_threads child and its workers.
if (!isMainThread) {
  const share = (workerData as { cluesWorker?: WorkerShare } | null)?.cluesWorker
  if (share !== undefined) await workerThread(share)
} else if (process.argv[2] === 'async' || process.argv[2] === 'workers') {
  const r = process.argv[2] === 'async' ? await asyncChild() : await workersChild()
  console.log(RESULT_PREFIX + JSON.stringify(r))
} else await driver()
