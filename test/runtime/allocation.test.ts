// Zero allocations per state transition (docs/semantics.md, "Continuations"): a hand-written machine driven through 10^5
// and then 10^6 VT_yield transitions allocates no more in the second run than in the first, in a
// child `node --expose-gc` whose young generation is large enough that no collection hides an
// allocation while a run is measured. A control machine allocating one small object per
// transition shows that the measurement sees 16 bytes per transition. Bytes, not time.

import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

interface Run {
  allocated: number
  retained: number
  collections: number
}

const EXTRA = 1e6 - 1e5 // transitions the large run makes beyond the small one
const PER_TRANSITION = 16 // bytes: the smallest allocation this must detect

let dir = ''
let script = ''

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtify-heap-'))
  script = join(dir, 'transitions.mjs')
  await build({
    input: join(import.meta.dirname, 'heap/transitions.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: script, format: 'esm' },
  })
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function measure(machine: 'spin' | 'boxing'): Promise<{ small: Run; large: Run }> {
  const flags = ['--expose-gc', '--min-semi-space-size=64', '--max-semi-space-size=64']
  const { stdout } = await promisify(execFile)(process.execPath, [...flags, script, machine])
  const runs = JSON.parse(stdout) as { small: Run; large: Run }
  // a collection during a run would hide what it allocated: the measurement would be void
  expect([runs.small.collections, runs.large.collections]).toEqual([0, 0])
  return runs
}

describe('state transitions', { timeout: 30_000 }, () => {
  it('allocate nothing: 10^6 transitions of the spin machine allocate no more than 10^5', async () => {
    const { small, large } = await measure('spin')
    expect(large.allocated - small.allocated).toBeLessThan(EXTRA) // < 1 byte per transition
    expect(Math.abs(large.retained - small.retained)).toBeLessThan(EXTRA)
  })

  it('(control) one small object per transition is seen', async () => {
    const { small, large } = await measure('boxing')
    expect(large.allocated - small.allocated).toBeGreaterThan(EXTRA * PER_TRANSITION)
  })
})
