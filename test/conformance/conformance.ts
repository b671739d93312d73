// The conformance run: each test run unmodified first (the baseline: only tests that pass so
// count), then, per mode, compiled with VT_yield inserted and run as a virtual thread, and
// classified — PASS, REJECTED (a diagnostic: the compiler says it cannot compile it), WRONG
// (compiled without a diagnostic, then failed), CRASH (the compiler threw), TIMEOUT.

import fs from 'node:fs'
import path from 'node:path'
import { compileBatch } from './compile.js'
import { inPool, runProgram } from './execute.js'
import { programOf, type Mode } from './insert.js'
import type { Test262Test } from './test262.js'

export type Kind = 'PASS' | 'REJECTED' | 'WRONG' | 'CRASH' | 'TIMEOUT'

export interface Result {
  test: string
  mode: Mode
  kind: Kind
  /** REJECTED: the diagnostics' codes. */
  codes?: string[]
  /** What went wrong: the diagnostic's message, the error, the compiler's stack. */
  detail?: string
}

export interface Run {
  /** Tests that pass unmodified (the others are not counted). */
  baseline: string[]
  results: Result[]
}

const BATCH = 200

export async function runConformance(
  tests: readonly Test262Test[],
  modes: readonly Mode[],
  workDir: string,
  progress: (line: string) => void = () => {},
): Promise<Run> {
  fs.rmSync(workDir, { recursive: true, force: true })
  const passing = await baseline(tests, path.join(workDir, 'baseline'))
  progress(`${passing.length} of ${tests.length} tests pass unmodified`)
  const results: Result[] = []
  for (const mode of modes) {
    for (let start = 0; start < passing.length; start += BATCH) {
      const batch = passing.slice(start, start + BATCH)
      results.push(...(await runBatch(batch, mode, path.join(workDir, `${mode}-${start}`))))
      progress(`${mode}: ${Math.min(start + BATCH, passing.length)} of ${passing.length}`)
    }
  }
  return { baseline: passing.map((t) => t.name), results }
}

async function baseline(tests: readonly Test262Test[], dir: string): Promise<Test262Test[]> {
  fs.mkdirSync(dir, { recursive: true })
  const outcomes = await inPool([...tests.entries()], ([i, test]) => {
    const file = path.join(dir, `t${i}.mjs`)
    fs.writeFileSync(file, programOf(test, undefined))
    return runProgram(file, false)
  })
  return tests.filter((_, i) => outcomes[i]!.kind === 'pass')
}

async function runBatch(batch: readonly Test262Test[], mode: Mode, dir: string): Promise<Result[]> {
  const compiled = compileBatch(dir, new Map(batch.map((test, i) => [`t${i}`, programOf(test, mode)])))
  return inPool([...batch.entries()], async ([i, test]): Promise<Result> => {
    const c = compiled.get(`t${i}`)!
    if (c.kind === 'rejected') return { test: test.name, mode, kind: 'REJECTED', codes: c.codes, detail: c.message }
    if (c.kind === 'crash') return { test: test.name, mode, kind: 'CRASH', detail: c.message }
    const outcome = await runProgram(c.file, true)
    if (outcome.kind === 'pass') return { test: test.name, mode, kind: 'PASS' }
    if (outcome.kind === 'timeout') return { test: test.name, mode, kind: 'TIMEOUT' }
    return { test: test.name, mode, kind: 'WRONG', detail: outcome.output }
  })
}
