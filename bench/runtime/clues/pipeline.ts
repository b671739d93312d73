// bench:clues' server, in blocking style, compiled by vtify (bench/runtime/compile.mjs): every
// request is a virtual thread that follows one clue per stage — parse, hash, compress — so that
// with several event loops each stage runs on the loop that owns its clue. Run by the driver
// (bench/runtime/clues.ts), one configuration per process (VT_start runs once per process):
// loops, one clue or hashed n-clues per stage, the Cluethread's period, the stages' costs.

import { performance, type EventLoopUtilization } from 'node:perf_hooks'
import { VT_clue, VT_dump, VT_follow, VT_join, VT_spawn, VT_start, VT_stats, type VThread } from 'vtify/runtime'
import { RESULT_PREFIX, readConfig, wallNow, type PipelineConfig, type PipelineResult, type Sample } from './config.js'
import { Endings } from './endings.js'
import { compressStage, hashStage, makeDocuments, parseStage, wholeRequest, type StageReps } from './stages.js'

const config = readConfig<PipelineConfig>()

// One clue per loop first (rows 0 and 1: loops 0 and 1), for markLoops and closeWindow, which
// take each loop's utilization there; the stage clues after them start on rows 2, 4, 6, so that
// lane i of every hashed n-clue is on the same loop: a thread stays on one loop for its request.
const onLoop = [VT_clue('loop 0'), VT_clue('loop 1')]
const parse = VT_clue('parse', { n: config.lanes })
const hash = VT_clue('hash', { n: config.lanes })
const compress = VT_clue('compress', { n: config.lanes })
const STAGES = /^(parse|hash|compress)/

const DOCUMENTS = 8

/** This loop's event loop utilization when the window opened (each loop has its own copy). */
let mark: EventLoopUtilization | undefined
/** When requests ended on this loop. */
const endings = new Endings()

/** One request: each stage where its clue is; the body and the earlier stages' results travel along. */
export function request(body: string, reps: StageReps): number {
  VT_follow(parse)
  const summary = parseStage(body, reps.parse)
  VT_follow(hash)
  const digest = hashStage(body, reps.hash)
  VT_follow(compress)
  const result = compressStage(body, digest, reps.compress) + summary.tagged
  endings.record()
  return result
}

/** The window opens: every loop notes its event loop utilization. */
export function markLoops(loops: number): void {
  for (let loop = 0; loop < loops; loop++) {
    VT_follow(onLoop[loop]!)
    mark = performance.eventLoopUtilization()
  }
  VT_follow(onLoop[0]!)
}

/** The window [from, to) closed: on each loop, its utilization since markLoops and the requests that ended there. */
export function closeWindow(loops: number, from: number, to: number): { utilization: number[]; ended: number[] } {
  const utilization: number[] = []
  const ended: number[] = []
  for (let loop = 0; loop < loops; loop++) {
    VT_follow(onLoop[loop]!)
    utilization.push(performance.eventLoopUtilization(mark).utilization)
    ended.push(endings.countIn(from, to))
  }
  VT_follow(onLoop[0]!)
  return { utilization, ended }
}

/** The requests in flight, by slot, and the document each was given. */
class InFlight {
  readonly threads: VThread<number>[] = []
  readonly bodies: number[] = []
  private started = 0

  constructor(private readonly documents: readonly string[]) {}

  start(slot: number): void {
    const body = this.started++ % DOCUMENTS
    this.bodies[slot] = body
    this.threads[slot] = VT_spawn(request, this.documents[body]!, config.reps)
  }
}

/** What main learns as it joins requests: wrong results, samples. */
class Tally {
  completed = 0
  checksum = 0
  wrong = 0
  readonly samples: Sample[] = []
  private nextSample: number
  private sampled = 0

  constructor(
    readonly from: number,
    readonly to: number,
  ) {
    this.nextSample = from + config.sampleMs
  }

  /** A request ended with `result`; returns the time. */
  add(result: number, expected: number): number {
    this.completed++
    this.checksum += result
    if (result !== expected) this.wrong++
    const now = wallNow()
    // The requests still in flight at the window's end drain without new ones behind them: not a
    // steady state to sample, nor one whose loads should count against the Cluethread's placement.
    if (config.sampleMs > 0 && now >= this.nextSample && now < this.to) this.sample(now)
    return now
  }

  /**
   * Taken here rather than by a thread in VT_sleep: with one loop, main's joins and spawns keep
   * the active queue from emptying, and timers wait until the run ends (see the benchmark notes).
   */
  private sample(now: number): void {
    const stats = VT_stats()
    const owners = stats.clues.filter((clue) => STAGES.test(clue.name)).map((clue) => `${clue.name}@${clue.owner}`)
    const completed = this.completed - this.sampled
    this.samples.push({ atMs: now - this.from, completed, utilization: stats.loops.map((l) => l.utilization), owners: owners.join(' ') })
    this.sampled = this.completed
    // main may have waited past several sample times (requests end in bursts): the next one is ahead
    while (this.nextSample <= now) this.nextSample += config.sampleMs
  }
}

/**
 * Keep `concurrency` requests in flight: join the oldest, start the next. Requests that end in
 * [from, to) are counted, by the time they ended on their loop; then the ones still in flight
 * are joined. Every result is checked against the same request computed in one call here. Each
 * loop's utilization over the window is measured there (with the Cluethread on, its clues would
 * be moved too: its figures instead).
 */
export function main(): PipelineResult {
  const documents = makeDocuments(DOCUMENTS, config.documentBytes)
  const expected = documents.map((body) => wholeRequest(body, config.reps))
  const probing = config.cluePeriodMs === 0
  const from = wallNow() + config.warmupMs
  const tally = new Tally(from, from + config.durationMs)
  const inFlight = new InFlight(documents)
  for (let slot = 0; slot < config.concurrency; slot++) inFlight.start(slot)
  let marking: VThread<void> | null = null
  let slot = 0
  for (;;) {
    const now = tally.add(VT_join(inFlight.threads[slot]!), expected[inFlight.bodies[slot]!]!)
    if (now >= tally.to) break
    if (probing && marking === null && now >= from) marking = VT_spawn(markLoops, config.loops)
    inFlight.start(slot)
    slot = (slot + 1) % config.concurrency
  }
  // as the window ends: the Cluethread may still move clues while the pipeline drains
  const placement = { moves: moves(), owners: owners() }
  if (marking !== null) VT_join(marking)
  // every request that ended before `to` has noted it on its loop by now
  const window = VT_join(VT_spawn(closeWindow, config.loops, tally.from, tally.to))
  const utilization = probing ? window.utilization : VT_stats().loops.map((l) => l.utilization)
  for (let rest = 1; rest < config.concurrency; rest++) {
    const other = (slot + rest) % config.concurrency
    tally.add(VT_join(inFlight.threads[other]!), expected[inFlight.bodies[other]!]!)
  }
  const completed = window.ended.reduce((sum, count) => sum + count, 0)
  const { wrong, checksum, samples } = tally
  return {
    requestsPerSec: (completed * 1000) / config.durationMs,
    completed,
    ended: window.ended,
    wrong,
    utilization,
    checksum,
    samples,
    ...placement,
  }
}

/** The Cluethread's moves, from VT_dump. */
function moves(): string[] {
  return VT_dump()
    .split('\n')
    .filter((line) => line.startsWith('moved clue'))
}

function owners(): string {
  return VT_stats()
    .clues.filter((clue) => STAGES.test(clue.name))
    .map((clue) => `${clue.name}@${clue.owner}`)
    .join(' ')
}

// In the other loops' workers VT_start joins the loops and never settles: nothing below runs twice.
VT_start(main, { loops: config.loops, module: import.meta.url, cluePeriodMs: config.cluePeriodMs }).then(
  (result) => console.log(RESULT_PREFIX + JSON.stringify(result)),
  (error: unknown) => {
    console.error(`bench:clues pipeline failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exitCode = 1
  },
)
