// `npm run fuzz`: a long fuzzing run, as a chain of vitest processes of at most FUZZ_PER_PROCESS
// programs each (default 5,000; long.fuzz.ts). One process cannot run for long: each batch's
// compiled modules stay loaded (Node never unloads a module), ~160 MB a batch of 250, so a
// single process ran out of heap after ~30 minutes whatever its size (docs/transform.md).
// Process c runs batches c·n … c·n + n − 1 of the whole run (its FUZZ_SEED is the run's seed + c·n),
// so a mismatch's replay seed is the one a single process would have printed.
// The rest of the environment is long.fuzz.ts's: FUZZ_SEED, FUZZ_COUNT, FUZZ_TIME, FUZZ_BATCH, FUZZ_SAVE.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dateSeed, numberFromEnv } from './env.mjs'

const seed = numberFromEnv('FUZZ_SEED', dateSeed())
const count = numberFromEnv('FUZZ_COUNT', 100_000)
const batchSize = Math.max(1, numberFromEnv('FUZZ_BATCH', 250))
const deadline = Date.now() + numberFromEnv('FUZZ_TIME', 600) * 1000
const batchesPerProcess = Math.max(1, Math.floor(numberFromEnv('FUZZ_PER_PROCESS', 5_000) / batchSize))
const config = path.join(import.meta.dirname, 'vitest.config.ts')
const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-fuzz-run-')), 'report.json')

const total = { programs: 0, passed: 0, lines: 0, mismatched: 0, illTyped: 0, processes: 0 }
let failed = false
for (let first = 0; total.programs < count && Date.now() < deadline; first += batchesPerProcess) {
  const programs = Math.min(batchesPerProcess * batchSize, count - total.programs)
  const seconds = Math.max(1, Math.ceil((deadline - Date.now()) / 1000))
  fs.rmSync(reportFile, { force: true })
  const env = { ...process.env, FUZZ_SEED: String(seed + first), FUZZ_COUNT: String(programs), FUZZ_TIME: String(seconds), FUZZ_REPORT: reportFile }
  const run = spawnSync(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', config], { env, stdio: 'inherit' })
  total.processes++
  if (!fs.existsSync(reportFile)) {
    console.error(`fuzz: the process of batches from seed ${seed + first} ended (status ${run.status}) without a report: stopping`)
    failed = true
    break
  }
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  for (const key of ['programs', 'passed', 'lines', 'mismatched', 'illTyped']) total[key] += report[key]
  if (run.status !== 0) failed = true
  if (report.programs === 0) break // out of time before its first batch
}
console.log(
  `fuzz: seed ${seed}: ${total.programs} programs in ${total.processes} process(es): ${total.passed} passed (${total.lines} log lines compared), ` +
    `${total.mismatched} mismatched, ${total.illTyped} ill-typed (the rest unsupported: see each process's lines)`,
)
process.exitCode = failed ? 1 : 0
