// Running a conformance program: each in its own Node process (a test may patch built-ins, or
// never end), with a timeout, as many at once as the machine has cores. The program passes if
// main() returns (the baseline) or its thread ends (VT_run settles) without an error.

import { execFile } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { RUNTIME } from './compile.js'

export type Outcome = { kind: 'pass' } | { kind: 'fail'; output: string } | { kind: 'timeout' }

const RUNNER = path.join(import.meta.dirname, 'run-one.mjs')
const TIMEOUT_MS = 10_000

/** Run `file`: `main()` called directly, or as a virtual thread. */
export function runProgram(file: string, asThread: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, [RUNNER, file, asThread ? RUNTIME : ''], { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error?.killed) return resolve({ kind: 'timeout' })
      if (stdout.includes(PASSED)) return resolve({ kind: 'pass' })
      resolve({ kind: 'fail', output: `${stdout}${stderr}`.trim().slice(0, 800) })
    })
  })
}

/** What run-one.mjs prints when the program passed. */
export const PASSED = 'vtify-conformance: passed'

/** `work` over `items`, a few at a time (the machine's cores). */
export async function inPool<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(2, os.availableParallelism()) }, worker))
  return results
}
