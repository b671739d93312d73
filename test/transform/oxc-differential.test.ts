// The differential corpus again, its type-erasing done by oxc-transform (what `vtify build` and the
// Rollup plugin use: compiler/load/strip-types.ts) instead of TypeScript: every program still logs
// what the reference semantics (the oracle) logs, and oxc stripped every module itself.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Project, resolveInput, transformProgram, type TransformOptions } from '../../compiler/index.js'
import { nativeStripper } from '../../compiler/node.js'
import { runProgram, runtimes } from './harness.js'
import { oracleProgram } from './oracle/transform.js'

const CORPUS = path.resolve(import.meta.dirname, 'corpus')
const programs = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .sort()
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-oxc-'))
afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

/** Modules oxc declined (left to TypeScript): none expected. */
const declined: string[] = []
const stripTypes: TransformOptions['stripTypes'] = (text, fileName, from) => {
  const stripped = nativeStripper(text, fileName, from)
  if (!stripped) declined.push(fileName)
  return stripped
}

// One program for both builds (the oracle's and vtify's), as harness.ts's buildBoth does.
const project = new Project(resolveInput(CORPUS))
const model = project.analyze()
const result = transformProgram(project.getProgram(), model, { runtime: runtimes.vtify, stripTypes })
write(path.join(out, 'vtify'), result.outputs)
write(path.join(out, 'oracle'), oracleProgram(project.getProgram(), model, runtimes.oracle))

function write(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, code] of files) {
    const target = path.join(dir, file.replace(/\.ts$/, '.js'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, code)
  }
}

describe('differential, types stripped by oxc-transform', () => {
  it('oxc strips every module of the corpus itself', () => {
    expect(result.outputs.size).toBeGreaterThan(200)
    expect(declined).toEqual([])
  })

  it.each(programs)('%s', async (file) => {
    const oracle = await runProgram(path.join(out, 'oracle'), file, runtimes.oracle)
    expect(oracle.length).toBeGreaterThan(1) // the program logged something besides its outcome
    expect(await runProgram(path.join(out, 'vtify'), file, runtimes.vtify)).toEqual(oracle)
  })
})
