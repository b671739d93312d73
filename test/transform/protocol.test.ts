// Every generated module states, as it loads, the protocol version of the compiler that made it
// (runtime/surface.ts, PROTOCOL_VERSION), and the runtime refuses another: code compiled by an
// older vtify links against a newer runtime — the names it imports are still there — and would
// then run wrongly (docs/runtime.md §11).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Project, blockingErrors, resolveInput, transformProject } from '../../compiler/index.js'
import { PROTOCOL_VERSION } from '../../runtime/surface.js'
import { runtimes } from './harness.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const SOURCE = ["import { VT_yield } from 'vtify/runtime'", 'export function main(): number {', '  VT_yield()', '  return 7', '}'].join('\n')

/** The compiled main.ts, as JavaScript on the runtime from source. */
function compiled(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-protocol-'))
  fs.writeFileSync(path.join(dir, 'main.ts'), SOURCE)
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', target: 'es2022' }, files: ['main.ts'] }),
  )
  const result = transformProject(new Project(resolveInput(dir)), { runtime: runtimes.vtify })
  expect(blockingErrors(result)).toEqual([])
  return [...result.outputs.values()][0]!
}

/** Loads `code` as a module of its own file and runs its main as a thread. */
async function run(code: string, name: string): Promise<unknown> {
  const file = path.join(dir!, name)
  fs.writeFileSync(file, code)
  const mod = (await import(file)) as { main: () => number }
  const rt = (await import(runtimes.vtify)) as { VT_run(fn: unknown): Promise<unknown> }
  return rt.VT_run(mod.main)
}

describe('the protocol version of generated code', () => {
  it('is stated once per module, with the file it was compiled from', () => {
    const code = compiled()
    expect(code.match(/vt\$protocol\(/g)).toHaveLength(1)
    expect(code).toContain(`vt$protocol(${PROTOCOL_VERSION}, "main.ts")`)
  })

  it('runs on the runtime of its version', async () => {
    await expect(run(compiled(), 'same.js')).resolves.toBe(7)
  })

  it('refuses to load on a runtime of another version, naming the file and both versions', async () => {
    const other = compiled().replace(`vt$protocol(${PROTOCOL_VERSION},`, `vt$protocol(${PROTOCOL_VERSION + 1},`)
    await expect(run(other, 'other.js')).rejects.toThrow(
      `vtify: main.ts was compiled for vtify/runtime protocol ${PROTOCOL_VERSION + 1}, but this vtify/runtime speaks protocol ${PROTOCOL_VERSION}: ` +
        'compile it again with the vtify whose runtime you run',
    )
  })
})
