// A thread's continuation holds the slots of every module it calls in CPS, each module's named
// by its tag (compiler/transform/variables.ts, moduleTag): two modules must not share one. The
// file names below had the same 4-character tag, and a caller's local kept across a call into
// the other module was overwritten by the callee's.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { moduleTag } from '../../compiler/transform/variables.js'
import { buildBoth, runProgram, runtimes } from './harness.js'

const caller = `import { VT_yield } from 'vtify/runtime'
import { step } from './m520.ts'
export function main(log: string[]): string {
  const kept = 'caller'
  VT_yield()
  const got = step(log)
  return kept + ' ' + got
}
`
const callee = `import { VT_yield } from 'vtify/runtime'
export function step(log: string[]): string {
  const mine = 'callee'
  VT_yield()
  log.push(mine)
  return mine
}
`

it('modules keep slots of their own in a thread that calls from one into the other', async () => {
  expect(moduleTag('m295.ts')).not.toBe(moduleTag('m520.ts'))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-tags-'))
  fs.writeFileSync(path.join(dir, 'm295.ts'), caller)
  fs.writeFileSync(path.join(dir, 'm520.ts'), callee)
  const built = buildBoth(dir)
  expect(built.diagnostics).toEqual([])
  const expected = await runProgram(built.oracle, 'm295.ts', runtimes.oracle)
  expect(expected).toEqual(['callee', 'returned "caller callee"'])
  expect(await runProgram(built.vtify, 'm295.ts', runtimes.vtify)).toEqual(expected)
})
