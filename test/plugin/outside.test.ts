// VT0002: which imports of a module outside the program the plugin warns of, and where.

import { describe, expect, it } from 'vitest'
import { outsideWarning } from '../../plugin/outside.js'

const at = (code: string): string | undefined => {
  const log = outsideWarning('/p/test/a.test.ts', code, '/p/tsconfig.json', true)
  return log && `${log.message.slice(0, log.message.indexOf(' but'))} @ ${log.loc!.line}:${log.loc!.column}`
}

describe('outsideWarning', () => {
  it('points at the first blocking primitive imported from vtify/runtime by name, aliased or after a default import', () => {
    expect(at("import { VT_run, VT_yield } from 'vtify/runtime'\n")).toBe('VT0002: this module imports VT_yield @ 1:18')
    expect(at('// a test\nimport {\n  VT_spawn,\n  VT_read as read,\n} from "vtify/runtime"\n')).toBe('VT0002: this module imports VT_read @ 4:3')
    expect(at("import x, { VT_join } from 'vtify/runtime'")).toBe('VT0002: this module imports VT_join @ 1:13')
  })

  it('says nothing of a module that only starts threads, imports types, or imports from elsewhere', () => {
    expect(at("import { VT_run, VT_spawn, VT_channel } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import type { VT_yield } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import { type VT_yield, VT_run } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import { VT_yield } from './my-runtime'\n")).toBeUndefined()
  })

  it('gives Rollup a 0-based column, and a code frame under the name', () => {
    const log = outsideWarning('/p/a.ts', "import { VT_sleep } from 'vtify/runtime'\n", 'the source files under /p', false)!
    expect(log.loc).toEqual({ file: '/p/a.ts', line: 1, column: 9 })
    expect(log.frame).toBe("> 1 | import { VT_sleep } from 'vtify/runtime'\n    |          ^^^^^^^^\n  2 | ")
  })
})
