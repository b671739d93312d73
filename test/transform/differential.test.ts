// Every corpus program gives the same log compiled by vtify on vtify/runtime as under the
// reference semantics (the oracle). Expected logs are never written by hand: the oracle is the spec.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBoth, runProgram, runtimes } from './harness.js'

const CORPUS = path.resolve(import.meta.dirname, 'corpus')
const programs = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .sort()
const built = buildBoth(CORPUS)

describe('differential: vtify vs the reference semantics', () => {
  it('compiles the whole corpus without diagnostics', () => {
    expect(built.diagnostics).toEqual([])
  })

  it.each(programs)('%s', async (file) => {
    const oracle = await runProgram(built.oracle, file, runtimes.oracle)
    const vtify = await runProgram(built.vtify, file, runtimes.vtify)
    expect(oracle.length).toBeGreaterThan(1) // the program logged something besides its outcome
    expect(vtify).toEqual(oracle)
  })
})
