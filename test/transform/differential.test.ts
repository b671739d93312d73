// Every corpus program gives the same log compiled by vtify on vtify/runtime as under the
// reference semantics (the oracle). Expected logs are never written by hand: the oracle is the spec.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildBoth, runProgram, runtimes, type Built } from './harness.js'

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

  // A variable is read through its slot (`k.m1x2abcd$s3`) or as the state machine's local
  // (`f$m1x2abcd$x`): a field name left as a property (`.f$m1x2abcd$x`, not a spread) was never filled in.
  it('leaves no variable field unfilled in the output', () => {
    for (const file of fs.readdirSync(built.vtify, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(built.vtify, file), 'utf8')
      expect(code.match(/(?<!\.)\.[\w$]+\$m[a-z0-9]{8}\$[\w$]+/g) ?? [], file).toEqual([])
    }
  })

  it.each(programs)('%s', async (file) => {
    await expectSameLog(built, file)
  })
})

// Under Vitest a call of another module's multistate function by name checks its binding first
// (TransformOptions.replaceableImports): the programs whose output that changes, again.
describe('differential: calls across modules that check their binding (replaceableImports)', () => {
  const checked = buildBoth(CORPUS, { replaceableImports: true })
  const output = (b: Built, file: string): string => fs.readFileSync(path.join(b.vtify, file.replace(/\.ts$/, '.js')), 'utf8')
  const changed = programs.filter((file) => output(checked, file) !== output(built, file))

  it("changes the programs that call another module's multistate function by name", () => {
    expect(checked.diagnostics).toEqual([])
    expect(changed).toEqual(expect.arrayContaining(['cross-module.ts', 'cross-module-cps.ts']))
  })

  it.each(changed)('%s', async (file) => {
    await expectSameLog(checked, file)
  })
})

async function expectSameLog(b: Built, file: string): Promise<void> {
  const oracle = await runProgram(b.oracle, file, runtimes.oracle)
  const vtify = await runProgram(b.vtify, file, runtimes.vtify)
  expect(oracle.length).toBeGreaterThan(1) // the program logged something besides its outcome
  expect(vtify).toEqual(oracle)
}
