// VT0002: which imports of a module outside the program the plugin warns of, and where.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { outsideWarning, programOf } from '../../plugin/outside.js'

const TSCONFIG = { program: '/p/tsconfig.json', join: '' }

const at = (code: string): string | undefined => {
  const log = outsideWarning('/p/test/a.test.ts', code, TSCONFIG, true)
  return log && `${log.message.slice(0, log.message.indexOf(' but'))} @ ${log.loc!.line}:${log.loc!.column}`
}

describe('outsideWarning', () => {
  it('points at the first blocking primitive imported from vtify/runtime by name, aliased or after a default import', () => {
    expect(at("import { VT_run, VT_yield } from 'vtify/runtime'\n")).toBe('VT0002: this module imports VT_yield @ 1:18')
    expect(at('// a test\nimport {\n  VT_spawn,\n  VT_read as read,\n} from "vtify/runtime"\n')).toBe('VT0002: this module imports VT_read @ 4:3')
    expect(at("import x, { VT_join } from 'vtify/runtime'")).toBe('VT0002: this module imports VT_join @ 1:13')
  })

  it('points at a blocking primitive read from a namespace import', () => {
    expect(at("import * as vt from 'vtify/runtime'\n\nvt.VT_run(main)\nfunction main(): void {\n  vt.VT_sleep(10)\n}\n")).toBe(
      'VT0002: this module imports VT_sleep @ 5:6',
    )
    expect(at("import * as vt from 'vtify/runtime'\nvt.VT_run(main)\n")).toBeUndefined()
  })

  it('says nothing of a module that only starts threads, imports types, or imports from elsewhere', () => {
    expect(at("import { VT_run, VT_spawn, VT_channel } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import type { VT_yield } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import { type VT_yield, VT_run } from 'vtify/runtime'\n")).toBeUndefined()
    expect(at("import { VT_yield } from './my-runtime'\n")).toBeUndefined()
  })

  it('gives Rollup a 0-based column, and a code frame under the name', () => {
    const log = outsideWarning('/p/a.ts', "import { VT_sleep } from 'vtify/runtime'\n", { program: 'the source files under /p', join: '' }, false)!
    expect(log.loc).toEqual({ file: '/p/a.ts', line: 1, column: 9 })
    expect(log.frame).toBe("> 1 | import { VT_sleep } from 'vtify/runtime'\n    |          ^^^^^^^^\n  2 | ")
  })

  it("names the tsconfig and how to add to it, or a directory's source files and how to join them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-outside-'))
    try {
      expect(programOf(dir)).toEqual({
        program: `the source files under ${dir}`,
        join: 'Move the file under that directory, or give vtify({ root }) a directory that holds it',
      })
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{}')
      expect(programOf(dir).program).toBe(path.join(dir, 'tsconfig.json'))
      expect(programOf(dir).join).toMatch(/^Add the file to that tsconfig's "include"/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
