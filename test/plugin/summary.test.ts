// The build's closing line (plugin/summary.ts), as the README describes it: multistate functions,
// modules, thread starts, the deepest multistate call chain and the largest continuation.

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Project, resolveInput, transformProject } from '../../compiler/index.js'
import { summaryLine } from '../../plugin/summary.js'
import { FIXTURES, scratch } from './harness.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

const summaryOf = (dir: string): string => summaryLine(transformProject(new Project(resolveInput(dir))))

describe('build summary', () => {
  it('names the deepest multistate call chain, not the shortest reason', () => {
    // `top` is multistate because it yields; its deepest chain goes down through `middle` and `leaf`.
    const dir = scratch({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', noEmit: true, allowImportingTsExtensions: true },
        include: ['*.ts'],
      }),
      'main.ts':
        "import { VT_read, VT_run, VT_yield } from 'vtify/runtime'\n" +
        'function leaf(ch: object): number {\n  return VT_read(ch, new Uint8Array(1))\n}\n' +
        'function middle(ch: object): number {\n  return leaf(ch) + 1\n}\n' +
        'export function top(ch: object): number {\n  VT_yield()\n  return middle(ch)\n}\n' +
        'void VT_run(top, {})\n',
    })
    dirs.push(dir)
    expect(summaryOf(dir)).toContain(
      ', deepest multistate call chain top → middle (main.ts:10) → leaf (main.ts:6) → VT_read (main.ts:3), largest continuation top (',
    )
  })

  it('in the threads fixture: worker → step → VT_yield across modules', () => {
    expect(summaryOf(path.join(FIXTURES, 'threads'))).toMatch(
      /^vtify: 3 multistate functions in 3 of 4 modules, 3 thread starts \(VT_spawn\/VT_run\), deepest multistate call chain worker → step \(src\/worker\.ts:6\) → VT_yield \(src\/step\.ts:5\), largest continuation worker \(\d+ slots, ~\d+ bytes\)$/,
    )
  })
})
