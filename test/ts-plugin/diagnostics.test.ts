// VT diagnostics as semantic diagnostics: code, message, span, related information, and updates
// when an edit in another file changes this file's status.

import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { CODE_OFFSET } from '../../ts-plugin/diagnostics.js'
import { createService, type TestService } from './harness.js'

const cycle = {
  'ping.ts': `import { VT_yield } from 'vtify/runtime'
import { pong } from './pong.js'

export function ping(n: number): void {
  VT_yield()
  if (n > 0) pong(n - 1)
}
`,
  'pong.ts': `import { ping } from './ping.js'

export function pong(n: number): void {
  ping(n)
}
`,
}

const vtify = (service: TestService, file: string): ts.Diagnostic[] => service.ls.getSemanticDiagnostics(service.path(file)).filter((d) => d.source === 'vtify')

describe('diagnostics', () => {
  it('reports recursion among multistate functions with the whole cycle as related information', () => {
    const service = createService(cycle)
    const [d, ...more] = [...vtify(service, 'ping.ts'), ...vtify(service, 'pong.ts')]
    expect(more).toEqual([])
    expect(d!.code).toBe(CODE_OFFSET + 1001)
    expect(d!.category).toBe(ts.DiagnosticCategory.Error)
    expect(ts.flattenDiagnosticMessageText(d!.messageText, '\n')).toMatch(
      /^VT1001: Recursion among multistate functions: ping → pong \(ping.ts:6\) → ping \(pong.ts:4\)/,
    )
    const where = (r: ts.DiagnosticRelatedInformation): string => `${r.file!.fileName}:${r.file!.text.slice(r.start!, r.start! + r.length!)}`
    expect(d!.relatedInformation!.map(where)).toEqual(['/project/ping.ts:pong(n - 1)', '/project/pong.ts:ping(n)'])
    expect(`${d!.file!.fileName}:${d!.file!.text.slice(d!.start!, d!.start! + d!.length!)}`).toBe('/project/pong.ts:ping(n)')
  })

  it('updates when an edit in another file breaks the cycle, and when it restores it', () => {
    const service = createService(cycle)
    expect(vtify(service, 'pong.ts')).toHaveLength(1)
    service.edit('ping.ts', cycle['ping.ts'].replace('if (n > 0) pong(n - 1)', 'void n'))
    expect(vtify(service, 'pong.ts')).toEqual([])
    service.edit('ping.ts', cycle['ping.ts'])
    expect(vtify(service, 'pong.ts')).toHaveLength(1)
  })

  it('reports a multistate callback handed to untransformed code, pointing at the callback', () => {
    const service = createService({
      'main.ts': `import { VT_write } from 'vtify/runtime'

export function writeAll(ch: object, items: string[]): void {
  items.forEach((item) => VT_write(ch, item))
}
`,
    })
    const [d] = vtify(service, 'main.ts')
    expect(d!.code).toBe(CODE_OFFSET + 1002)
    expect(d!.file!.text.slice(d!.start!, d!.start! + d!.length!)).toBe('(item) => VT_write(ch, item)')
    expect(d!.relatedInformation!.map((r) => ts.flattenDiagnosticMessageText(r.messageText, '\n'))).toEqual([
      '<callback to forEach> is multistate: <callback to forEach> → VT_write (main.ts:4)',
      'items.forEach is called here',
    ])
  })

  it('reports what the transform refuses (VT2xxx) at its place, as a build would', () => {
    const source = "import { VT_yield } from 'vtify/runtime'\nclass A { x = 1 }\nexport class B extends A {\n  m() {\n    VT_yield()\n    super.x = 2\n  }\n}\n"
    const service = createService({ 'main.ts': source })
    const [d, ...more] = vtify(service, 'main.ts')
    expect(more).toEqual([])
    expect(d!.code).toBe(CODE_OFFSET + 2002)
    expect(d!.category).toBe(ts.DiagnosticCategory.Error)
    expect(ts.flattenDiagnosticMessageText(d!.messageText, '\n')).toMatch(/^VT2002: .*assignment to a 'super' property/)
    expect(d!.file!.text.slice(d!.start!, d!.start! + d!.length!)).toBe('super.x')
  })

  it('reports a value that cannot follow a clue (VT3001, an error) and one it cannot check (VT3002, a warning), and updates after an edit', () => {
    const clue = "import { VT_clue, VT_follow } from 'vtify/runtime'\nconst far = VT_clue('far')\n"
    const stage = (type: string): string => `${clue}export function stage(x: ${type}): string {\n  VT_follow(far)\n  return String(x)\n}\n`
    const service = createService({ 'main.ts': stage('() => void') })
    const said = (): [number, ts.DiagnosticCategory, string, string][] =>
      vtify(service, 'main.ts').map((d) => [
        d.code,
        d.category,
        d.file!.text.slice(d.start!, d.start! + d.length!),
        d.relatedInformation!.map((r) => ts.flattenDiagnosticMessageText(r.messageText, '\n')).join(),
      ])
    expect(said()).toEqual([[CODE_OFFSET + 3001, ts.DiagnosticCategory.Error, 'VT_follow(far)', 'x is declared here']])
    service.edit('main.ts', stage('unknown'))
    expect(said()).toEqual([[CODE_OFFSET + 3002, ts.DiagnosticCategory.Warning, 'VT_follow(far)', 'x is declared here']])
    service.edit('main.ts', stage('number'))
    expect(said()).toEqual([])
  })

  it("keeps TypeScript's own diagnostics", () => {
    const service = createService({ 'main.ts': `export const x: number = 'not a number'\n` })
    expect(service.ls.getSemanticDiagnostics(service.path('main.ts')).map((d) => d.code)).toEqual([2322])
  })
})
