// One process of `npm run fuzz` (long.mjs starts them; the CI test, fuzz.test.ts, runs 2,000
// programs). FUZZ_COUNT (default 100000), FUZZ_TIME (seconds, default 600), FUZZ_SEED (default:
// today), FUZZ_BATCH (default 250), FUZZ_SAVE=0 (do not save shrunk programs to the corpus),
// FUZZ_REPORT (a file where the counts are written for long.mjs).

import fs from 'node:fs'
import { expect, it } from 'vitest'
import { envOptions } from './options.js'
import { describeFailure, fuzz } from './run.js'
import { CORPUS } from './save.js'

const options = envOptions({ count: 100_000, batchSize: 250, timeSeconds: 600 })

it(`fuzz the transform (seed ${options.seed}, up to ${options.count} programs)`, async () => {
  const report = await fuzz({ ...options, maxShrinks: 3, shrinkMs: 300_000, ...(options.save ? { saveTo: CORPUS } : {}), log: console.log })
  for (const f of report.failures) console.log(describeFailure(f))
  const counts = { programs: report.programs, passed: report.passed, lines: report.lines, mismatched: report.failures.length, illTyped: report.illTyped.length }
  if (process.env.FUZZ_REPORT) fs.writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(counts))
  expect(report.illTyped.map((o) => o.errors)).toEqual([])
  expect(report.failures.map((f) => f.shrunk?.source ?? f.source)).toEqual([])
}, 0)
