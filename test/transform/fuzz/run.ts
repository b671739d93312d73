// The fuzzing loop shared by the CI test (fuzz.test.ts) and `npm run fuzz` (long.fuzz.ts):
// generate programs batch by batch, run each differentially, and shrink each mismatch with
// fast-check to a small program that is saved as a regression test.
//
// Batch j is `fc.sample(programArb, { seed: seed + j })`, so program i of batch j is exactly
// what `fc.check(…, { seed: seed + j, path: String(i) })` generates: the replay shrinking starts from.

import fc from 'fast-check'
import { programArb } from './arbitrary.js'
import { runBatch, type Outcome } from './batch.js'
import { printProgram } from './print.js'
import { saveRegression } from './save.js'

export interface FuzzOptions {
  seed: number
  /** Programs to run at most. */
  count: number
  batchSize: number
  /** Stop starting batches after this long. */
  timeLimitMs?: number
  /** Shrink at most this many mismatches (each takes up to `shrinkMs`); the others are reported as found. */
  maxShrinks: number
  shrinkMs: number
  /** Where shrunk programs are saved (none: not saved). */
  saveTo?: string
  log: (line: string) => void
}

export interface Failure {
  /** How to replay it: `fc.check(…, { seed, path })`. */
  seed: number
  path: string
  source: string
  oracle: string[]
  vtify: string[]
  /** After shrinking (absent when not shrunk). */
  shrunk?: Extract<Outcome, { status: 'mismatch' }>
  saved?: string
}

export interface FuzzReport {
  programs: number
  passed: number
  /** Programs set aside because vtify diagnosed them, by diagnostic code. */
  unsupported: Map<string, number>
  illTyped: Extract<Outcome, { status: 'ill-typed' }>[]
  failures: Failure[]
  /** Log lines of passing programs: how much behaviour was compared. */
  lines: number
  ms: number
}

export async function fuzz(o: FuzzOptions): Promise<FuzzReport> {
  const start = Date.now()
  const report: FuzzReport = { programs: 0, passed: 0, unsupported: new Map(), illTyped: [], failures: [], lines: 0, ms: 0 }
  for (let batch = 0; report.programs < o.count; batch++) {
    if (o.timeLimitMs !== undefined && Date.now() - start > o.timeLimitMs) break
    const seed = o.seed + batch
    const numRuns = Math.min(o.batchSize, o.count - report.programs)
    // The generator makes well-typed programs by construction: checking the first batch suffices.
    const outcomes = await runBatch(fc.sample(programArb, { seed, numRuns }).map(printProgram), batch === 0)
    outcomes.forEach((outcome, i) => record(report, outcome, seed, i))
    report.programs += outcomes.length
    o.log(progress(report, Date.now() - start))
  }
  for (const failure of report.failures.slice(0, o.maxShrinks)) await shrinkAndSave(failure, o)
  report.ms = Date.now() - start
  return report
}

function record(report: FuzzReport, outcome: Outcome, seed: number, index: number): void {
  if (outcome.status === 'pass') {
    report.passed++
    report.lines += outcome.lines
  } else if (outcome.status === 'unsupported') {
    for (const code of new Set(outcome.codes)) report.unsupported.set(code, (report.unsupported.get(code) ?? 0) + 1)
  } else if (outcome.status === 'ill-typed') {
    report.illTyped.push(outcome)
  } else {
    report.failures.push({ seed, path: String(index), source: outcome.source, oracle: outcome.oracle, vtify: outcome.vtify })
  }
}

function progress(r: FuzzReport, ms: number): string {
  const unsupported = [...r.unsupported].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'
  // What the worker keeps grows by batch (vitest.config.ts): shown so that a long run's end is no surprise.
  const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20)
  return `fuzz: ${r.programs} programs in ${(ms / 1000).toFixed(1)} s: ${r.passed} passed (${r.lines} log lines compared), ${r.failures.length} mismatched, ${r.illTyped.length} ill-typed, unsupported: ${unsupported}; heap ${heap} MB`
}

/** Replays the failure with fast-check on a one-program property, which shrinks it. */
async function shrinkAndSave(failure: Failure, o: FuzzOptions): Promise<void> {
  o.log(`fuzz: shrinking the mismatch of seed ${failure.seed}, path ${failure.path} (up to ${o.shrinkMs / 1000} s)…`)
  let last: Failure['shrunk']
  const property = fc.asyncProperty(programArb, async (program) => {
    const [outcome] = await runBatch([printProgram(program)])
    if (outcome?.status !== 'mismatch') return true
    last = outcome
    return false
  })
  await fc.check(property, { seed: failure.seed, path: failure.path, interruptAfterTimeLimit: o.shrinkMs })
  if (!last) {
    o.log('fuzz: the mismatch did not reproduce on its own (it depends on its batch): not saved')
    return
  }
  failure.shrunk = last
  if (o.saveTo) failure.saved = saveRegression(o.saveTo, last.source, `seed ${failure.seed}, path ${failure.path}`)
  o.log(describeFailure(failure))
}

export function describeFailure(f: Failure): string {
  const shown = f.shrunk ?? { source: f.source, oracle: f.oracle, vtify: f.vtify }
  return [
    `fuzz: mismatch (replay: seed ${f.seed}, path ${f.path})${f.saved ? `, saved as ${f.saved}` : ''}`,
    shown.source,
    `oracle log: ${JSON.stringify(shown.oracle)}`,
    `vtify log:  ${JSON.stringify(shown.vtify)}`,
  ].join('\n')
}
