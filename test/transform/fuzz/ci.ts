// The CI fuzzing test, split into parts: vitest runs test files on separate workers, so parts
// in separate files use every core (a batch is CPU-bound). Each part runs its share of the
// programs from its own seeds; FUZZ_SEED (printed) replays the whole run.

import fc from 'fast-check'
import { expect, it } from 'vitest'
import { programArb } from './arbitrary.js'
import { kindsIn } from './kinds.js'
import { envOptions } from './options.js'
import { describeFailure, fuzz } from './run.js'
import { CORPUS } from './save.js'

/** Batch seeds of different parts never meet: a run has far fewer batches than this. */
const PART_SEEDS = 1_000_000

export function fuzzPart(part: number, parts: number): void {
  if (part === 0) closureKindsCheck()
  const options = envOptions({ count: 2000, batchSize: 250 })
  const count = Math.floor(options.count / parts) + (part < options.count % parts ? 1 : 0)
  const title = `${count} generated programs behave as under the reference semantics (FUZZ_SEED=${options.seed}, part ${part + 1} of ${parts})`
  it(
    title,
    async () => {
      const seed = options.seed + part * PART_SEEDS
      const report = await fuzz({ ...options, seed, count, maxShrinks: 1, shrinkMs: 60_000, ...(options.save ? { saveTo: CORPUS } : {}), log: console.log })
      for (const f of report.failures) console.log(describeFailure(f))
      expect(report.illTyped.map((o) => o.errors)).toEqual([])
      expect(report.failures.map((f) => f.shrunk?.source ?? f.source)).toEqual([])
      expect(report.programs).toBe(count)
      // Unsupported programs prove nothing: most must compile.
      expect(report.passed).toBeGreaterThan(count * 0.8)
    },
    600_000,
  )
}

/**
 * The constructs of closures, nested declarations, accessors, function names, writes to cells
 * (destructuring assignments, ++/--) and parameter defaults; fuzz.test.ts checks the others.
 * The first part also checks that the generator makes each of these.
 */
const CLOSURE_KINDS = ['fnDecl', 'replace', 'classDecl', 'classDecl untyped', 'perIter', 'accessor', 'named', 'constWrite', 'assignPattern', 'update', 'dflt']

function closureKindsCheck(): void {
  const options = envOptions({ count: 2000, batchSize: 250 })
  it('the generator makes closures over written locals, nested declarations, accessors, named function values and parameter defaults', () => {
    const kinds = kindsIn(fc.sample(programArb, { seed: options.seed, numRuns: options.count }))
    for (const k of CLOSURE_KINDS) expect(kinds, k).toContain(k)
  })
}
