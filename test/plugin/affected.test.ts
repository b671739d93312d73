// plugin/affected.ts: after an edit, the dev server transforms again only the modules linked to
// the edited file, and a build after an edit reuses the cached output of the others; here checked against the analysis of real programs before and after an edit.

import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { analyzePath } from '../../compiler/index.js'
import { affectedModules, digestOf } from '../../plugin/affected.js'
import { STATUS_CHANGE, scratch, write } from './harness.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

const FILES = {
  ...STATUS_CHANGE.files,
  'lonely.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function lonely(): number {\n  VT_yield()\n  return 3\n}\n",
  // Calls step only through a value it is handed: no import of step.ts.
  'caller.ts': 'export function callThrough(f: () => number): number {\n  return f() + 1\n}\n',
  'main.ts': "import { step } from './step.ts'\nimport { callThrough } from './caller.ts'\n\nexport function main(): number {\n  return callThrough(step)\n}\n",
}

describe('modules an edit can affect', () => {
  it('takes in importers, callers through values and the edited file, and leaves an unrelated module out', () => {
    dir = scratch(FILES)
    const before = analyzePath(dir)
    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const after = analyzePath(dir)
    const affected = affectedModules(digestOf(before), digestOf(after), ['step.ts'])
    expect([...affected].sort()).toEqual(['caller.ts', 'main.ts', 'step.ts', 'worker.ts'])
    expect(after.functions.find((f) => f.name === 'callThrough')?.multistate).toBe(true) // why caller.ts had to be in
  })

  it('an edit of an unrelated module affects it alone', () => {
    dir = scratch(FILES)
    const before = analyzePath(dir)
    write(dir, 'lonely.ts', FILES['lonely.ts'].replace('return 3', 'return 4'))
    expect([...affectedModules(digestOf(before), digestOf(analyzePath(dir)), ['lonely.ts'])]).toEqual(['lonely.ts'])
  })

  it('the first VT_follow in the program affects every module with functions: the infos of multistate ones list live slots from then on', () => {
    dir = scratch(FILES)
    const before = analyzePath(dir)
    write(
      dir,
      'lonely.ts',
      FILES['lonely.ts']
        .replace('import { VT_yield }', 'import { VT_clue, VT_follow, VT_yield }')
        .replace('  VT_yield()', "  VT_follow(VT_clue('far'))\n  VT_yield()"),
    )
    const after = analyzePath(dir)
    expect(digestOf(after).migrating).toBe(true)
    const affected = affectedModules(digestOf(before), digestOf(after), ['lonely.ts'])
    expect([...affected].sort()).toEqual([...new Set(after.functions.map((f) => f.file))].sort())
    expect(affected.size).toBeGreaterThan(2)
  })
})
