// test262 in the suite (docs/conformance.md): a deterministic sample of the vendored tests, in
// both modes, compiled by the real compiler and run as virtual threads. Fails on any WRONG,
// CRASH or TIMEOUT not listed in known-wrong.txt, and on a listed test that no longer is one.
// Needs `npm run build` (npm test builds first): the outputs run on dist/runtime/index.node.js.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { runConformance, type Kind } from './conformance.js'
import { knownWrong } from './known-wrong.js'
import { sampleOf } from './sample.js'
import { vendoredTests } from './test262.js'

const BAD: ReadonlySet<Kind> = new Set(['WRONG', 'CRASH', 'TIMEOUT'])

it('a sample of test262 compiles to programs that behave as the tests require, or is rejected with a diagnostic', async () => {
  const sample = sampleOf(vendoredTests())
  const workDir = path.join(os.tmpdir(), `vtify-conformance-${process.pid}`)
  const run = await runConformance(sample, ['body', 'nested'], workDir)
  for (const mode of ['body', 'nested'] as const) {
    const counts = new Map<Kind, number>()
    for (const r of run.results.filter((x) => x.mode === mode)) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1)
    console.log(`test262 sample, mode ${mode}: ${run.baseline.length} pass unmodified; ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`)
  }
  expect(run.baseline.length).toBeGreaterThan(100)
  const listed = knownWrong()
  const bad = run.results.filter((r) => BAD.has(r.kind)).map((r) => `${r.mode} ${r.test}`)
  const unexpected = run.results
    .filter((r) => BAD.has(r.kind) && !listed.has(`${r.mode} ${r.test}`))
    .map((r) => `${r.kind} ${r.mode} ${r.test}\n${r.detail ?? ''}`)
  expect(unexpected).toEqual([])
  const sampled = new Set(run.results.map((r) => `${r.mode} ${r.test}`))
  expect([...listed].filter((l) => sampled.has(l) && !bad.includes(l))).toEqual([])
  // Kept when an expectation fails, for reading the programs; 26 MB otherwise left in /tmp each run.
  fs.rmSync(workDir, { recursive: true, force: true })
}, 900_000)
