// A thread cancelled while parked inside a block that holds a `using` declaration disposes of
// the resource, as an exception there does (corpus/using-declarations.ts has the rest, against
// the oracle, which has no VT_cancel).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { buildBoth, runProgram, runtimes } from './harness.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-using-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const PROGRAM = `
import { VT_cancel, VT_join, VT_sleep, VT_spawn, VT_yield } from 'vtify/runtime'

function held(log: string[]): string {
  using r = { [Symbol.dispose]: () => log.push('disposed') }
  log.push('parked')
  VT_sleep(60_000)
  log.push('woke')
  return String(r)
}

export function main(log: string[]): void {
  const t = VT_spawn(held, log)
  VT_yield()
  VT_cancel(t)
  try {
    VT_join(t)
  } catch (e) {
    log.push((e as Error).name)
  }
}
`

it('disposes of the resource of a thread cancelled while parked in the block', async () => {
  fs.writeFileSync(path.join(dir, 'main.ts'), PROGRAM)
  const built = buildBoth(dir)
  expect(built.diagnostics).toEqual([])
  expect(await runProgram(built.vtify, 'main.ts', runtimes.vtify)).toEqual(['parked', 'disposed', 'Cancelled', 'returned undefined'])
})
