// A module exports the helpers of a multistate function (`f$sm`, `f$enter`, `f$fields`, `f$depth`;
// `$info` for a method) only when another module calls it in continuation-passing style
// (compiler/transform/cross-module.ts): the others were a fifth of the output, unused. The
// program runs the same either way: docs/semantics.md's corpus and the differential tests run it.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Project, resolveInput, transformProgram } from '../../compiler/index.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const FILES: Record<string, string> = {
  'a.ts': [
    "import { VT_yield } from 'vtify/runtime'",
    'export function used(n: number): number {',
    '  VT_yield()',
    '  return n + 1',
    '}',
    'export function unused(n: number): number {',
    '  VT_yield()',
    '  return used(n) * 2',
    '}',
    'export class Counter {',
    '  count = 0',
    '  bump(): number {',
    '    VT_yield()',
    '    return ++this.count',
    '  }',
    '  idle(): number {',
    '    VT_yield()',
    '    return this.count',
    '  }',
    '}',
  ].join('\n'),
  'b.ts': ["import { used, Counter } from './a.ts'", 'export function main(): number {', '  const c = new Counter()', '  return used(1) + c.bump()', '}'].join(
    '\n',
  ),
}

function outputs(): Map<string, string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-cross-'))
  for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text)
  const project = new Project(resolveInput(dir))
  const model = project.analyze()
  const result = transformProgram(project.getProgram(), model, {})
  return new Map([...result.outputs].map(([file, code]) => [path.basename(file), code]))
}

describe('CPS helpers across modules', () => {
  it('are exported for the functions and methods another module calls, and only those', () => {
    const out = outputs()
    const a = out.get('a.ts') ?? out.get('a.js') ?? ''
    const b = out.get('b.ts') ?? out.get('b.js') ?? ''
    expect(a).toContain('export function used$enter(')
    expect(a).toContain('export function vt$Counter$bump$enter(')
    expect(a).not.toContain('unused$enter')
    expect(a).not.toContain('vt$Counter$idle$enter')
    expect(b).toMatch(/import \{ used\$sm as vt\$i\d+\$sm, used\$enter as/)
    expect(b).toMatch(/import \{ vt\$Counter\$bump\$info as vt\$i\d+\$info/)
  })
})
