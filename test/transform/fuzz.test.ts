// Generated programs (test/transform/fuzz/) compiled by vtify and run on vtify/runtime behave as
// under the reference semantics (the oracle), like the hand-written corpus (differential.test.ts).
// A mismatch is shrunk and saved to the corpus; the seed is printed so a run can be replayed
// with FUZZ_SEED=<seed>. Long runs: `npm run fuzz` (docs/transform.md).

import fc from 'fast-check'
import { expect, it } from 'vitest'
import { programArb } from './fuzz/arbitrary.js'
import { kindsIn } from './fuzz/kinds.js'
import { envOptions } from './fuzz/options.js'
import { describeFailure, fuzz } from './fuzz/run.js'
import { CORPUS } from './fuzz/save.js'

const options = envOptions({ count: 2000, batchSize: 250 })

it(`${options.count} generated programs behave as under the reference semantics (seed ${options.seed})`, async () => {
  const report = await fuzz({ ...options, maxShrinks: 1, shrinkMs: 60_000, ...(options.save ? { saveTo: CORPUS } : {}), log: console.log })
  for (const f of report.failures) console.log(describeFailure(f))
  expect(report.illTyped.map((o) => o.errors)).toEqual([])
  expect(report.failures.map((f) => f.shrunk?.source ?? f.source)).toEqual([])
  expect(report.programs).toBe(options.count)
  // Unsupported programs prove nothing: most must compile.
  expect(report.passed).toBeGreaterThan(options.count * 0.8)
}, 600_000)

it('the generator makes every construct of its AST', () => {
  const kinds = kindsIn(fc.sample(programArb, { seed: options.seed, numRuns: options.count }))
  const statements = ['decl', 'destructure', 'assign', 'log', 'yield', 'expr', 'if', 'while', 'do', 'for', 'forOf', 'forIn', 'switch', 'jump', 'return', 'throw', 'try', 'thread', 'closure', 'object', 'block', 'stash', 'runStash']
  const expressions = ['lit', 'ref', 'bin', 'neg', 'cond', 'logic', 'nullish', 'optional', 'helper', 'variadic', 'sum', 'index', 'pair', 'template', 'comma', 'call', 'method', 'prop', 'spawnJoin']
  const conditions = ['cmp', 'not', 'both']
  for (const k of [...statements, ...expressions, ...conditions, 'one', 'spread']) expect(kinds, k).toContain(k)
})
