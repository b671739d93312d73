// Generated programs (test/transform/fuzz/) compiled by vtify and run on vtify/runtime behave as
// under the reference semantics (the oracle), like the hand-written corpus (differential.test.ts).
// A mismatch is shrunk and saved to the corpus; the seed is printed so a run can be replayed
// with FUZZ_SEED=<seed>. Long runs: `npm run fuzz` (docs/transform.md).

import fc from 'fast-check'
import { expect, it } from 'vitest'
import { programArb } from './fuzz/arbitrary.js'
import { fuzzPart } from './fuzz/ci.js'
import { kindsIn } from './fuzz/kinds.js'
import { envOptions } from './fuzz/options.js'

// Half of the programs; fuzz-2.test.ts runs the other half on another worker.
fuzzPart(0, 2)

const options = envOptions({ count: 2000, batchSize: 250 })

it('the generator makes every construct of its AST', () => {
  const kinds = kindsIn(fc.sample(programArb, { seed: options.seed, numRuns: options.count }))
  const statements = [
    'decl',
    'destructure',
    'assign',
    'log',
    'yield',
    'expr',
    'if',
    'while',
    'do',
    'for',
    'forOf',
    'forIn',
    'switch',
    'jump',
    'return',
    'throw',
    'try',
    'thread',
    'closure',
    'object',
    'spawnMethod',
    'block',
    'using',
    'stash',
    'runStash',
  ]
  const expressions = [
    'lit',
    'ref',
    'bin',
    'neg',
    'cond',
    'logic',
    'nullish',
    'optional',
    'helper',
    'variadic',
    'sum',
    'index',
    'pair',
    'template',
    'comma',
    'call',
    'method',
    'prop',
    'spawnJoin',
  ]
  const conditions = ['cmp', 'not', 'both']
  for (const k of [...statements, ...expressions, ...conditions, 'one', 'spread']) expect(kinds, k).toContain(k)
})
