// The decoration itself: every method forwarded, applied once, and a failing analysis never
// takes TypeScript's answers down with it.

import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { decorate } from '../../ts-plugin/decorate.js'
import { createService, ROOT } from './harness.js'

const source = `import { VT_yield } from 'vtify/runtime'\nexport function f(): void {\n  VT_yield()\n}\n`

describe('decoration', () => {
  it('forwards every language service method', () => {
    const { ls, base } = createService({ 'main.ts': source })
    expect(Object.keys(ls).sort()).toEqual(Object.keys(base).sort())
    expect(ls.getNavigationTree(`${ROOT}/main.ts`)).toEqual(base.getNavigationTree(`${ROOT}/main.ts`))
  })

  it('decorates a service once, however often the plugin is applied', () => {
    const { ls, logs } = createService({ 'main.ts': source })
    const project = { getCurrentDirectory: () => ROOT, projectService: { logger: { info: (m: string) => logs.push(m) } } }
    const again = decorate({ languageService: ls, project })
    expect(again).toBe(ls)
    expect(again.provideInlayHints(`${ROOT}/main.ts`, { start: 0, length: source.length }, undefined).map((h) => h.text)).toEqual(['⏸ multistate', '⏸1'])
  })

  it("logs a failure of the analysis and returns TypeScript's answers", () => {
    const { base } = createService({ 'main.ts': source })
    const logs: string[] = []
    const broken: ts.LanguageService = {
      ...base,
      getProgram: () => {
        throw new Error('no program today')
      },
    }
    const ls = decorate({ languageService: broken, project: { getCurrentDirectory: () => ROOT, projectService: { logger: { info: (m) => logs.push(m) } } } })
    const position = source.indexOf('f()')
    expect(ls.getQuickInfoAtPosition(`${ROOT}/main.ts`, position)).toEqual(base.getQuickInfoAtPosition(`${ROOT}/main.ts`, position))
    expect(ls.getSemanticDiagnostics(`${ROOT}/main.ts`)).toEqual(base.getSemanticDiagnostics(`${ROOT}/main.ts`))
    expect(logs).toHaveLength(2)
    expect(logs[0]).toMatch(/^\[vtify\] failed on \/project\/main.ts: Error: no program today/)
  })
})
