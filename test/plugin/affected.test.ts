// plugin/affected.ts: after an edit, the dev server transforms again only the modules linked to
// the edited file, and a build after an edit reuses the cached output of the others; here checked against the analysis of real programs before and after an edit.

import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { analyzePath, type AnalysisModel } from '../../compiler/index.js'
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

/** The models of FILES before and after `file` is given `text`. */
function edited(file: string, text: string): { before: AnalysisModel; after: AnalysisModel } {
  dir = scratch(FILES)
  const before = analyzePath(dir)
  write(dir, file, text)
  return { before, after: analyzePath(dir) }
}

describe('modules an edit can affect', () => {
  it('takes in importers, callers through values and the edited file, and leaves an unrelated module out', () => {
    const { before, after } = edited('step.ts', STATUS_CHANGE.multistateStep)
    const affected = affectedModules(digestOf(before), digestOf(after), ['step.ts'])
    expect([...affected].sort()).toEqual(['caller.ts', 'main.ts', 'step.ts', 'worker.ts'])
    expect(after.functions.find((f) => f.name === 'callThrough')?.multistate).toBe(true) // why caller.ts had to be in
  })

  it('an edit of an unrelated module affects it alone', () => {
    const { before, after } = edited('lonely.ts', FILES['lonely.ts'].replace('return 3', 'return 4'))
    expect([...affectedModules(digestOf(before), digestOf(after), ['lonely.ts'])]).toEqual(['lonely.ts'])
  })

  it('a first call from another module to a multistate function affects its module: only then does it export the CPS helpers', () => {
    const { before, after } = edited(
      'main.ts',
      FILES['main.ts']
        .replace("import { callThrough } from './caller.ts'", "import { callThrough } from './caller.ts'\nimport { lonely } from './lonely.ts'")
        .replace('return callThrough(step)', 'return callThrough(step) + lonely()'),
    )
    const affected = affectedModules(digestOf(before), digestOf(after), ['main.ts'])
    expect(affected.has('lonely.ts')).toBe(true)
    // and back: the call removed, lonely.ts stops exporting them
    expect(affectedModules(digestOf(after), digestOf(before), ['main.ts']).has('lonely.ts')).toBe(true)
  })

  it('the first VT_follow in the program affects every module with functions: the infos of multistate ones list live slots from then on', () => {
    const { before, after } = edited(
      'lonely.ts',
      FILES['lonely.ts']
        .replace('import { VT_yield }', 'import { VT_clue, VT_follow, VT_yield }')
        .replace('  VT_yield()', "  VT_follow(VT_clue('far'))\n  VT_yield()"),
    )
    expect(digestOf(after).migrating).toBe(true)
    const affected = affectedModules(digestOf(before), digestOf(after), ['lonely.ts'])
    expect([...affected].sort()).toEqual([...new Set(after.functions.map((f) => f.file))].sort())
    expect(affected.size).toBeGreaterThan(2)
  })
})
