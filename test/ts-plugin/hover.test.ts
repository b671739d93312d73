// Quick info: multistate status with the reason chain, state boundaries at calls, primitives,
// single-state functions running in a thread — appended to TypeScript's own quick info.

import { describe, expect, it } from 'vitest'
import { createService, vtifyHover } from './harness.js'

const files = {
  'io.ts': `import { VT_read } from 'vtify/runtime'

export function readLine(ch: object, buf: Uint8Array): number {
  return VT_read(ch, buf, 1)
}
`,
  'server.ts': `import { VT_run, VT_write } from 'vtify/runtime'
import { readLine } from './io.js'

function checksum(buf: Uint8Array): number {
  return buf.length
}
function unused(): number {
  return 1
}
export function handle(ch: object): number {
  const buf = new Uint8Array(64)
  readLine(ch, buf)
  VT_write(ch, buf)
  return checksum(buf)
}
const echo = (ch: object): void => {
  handle(ch)
}
VT_run(echo, {})
`,
}

describe('hover', () => {
  const service = createService(files)

  it('says a function is multistate, with how many state boundaries and every reason why', () => {
    const text = vtifyHover(service, 'server.ts', service.at('server.ts', 'handle(ch: object)'))
    expect(text).toContain('`handle` is multistate — 2 state boundaries')
    // Both calls make it multistate: the shortest chain first, one per line.
    expect(text).toContain('handle → VT_write (server.ts:13)  \nhandle → readLine (server.ts:12) → VT_read (io.ts:4)')
    const readLine = vtifyHover(service, 'io.ts', service.at('io.ts', 'readLine'))
    expect(readLine).toContain('`readLine` is multistate — 1 state boundary')
    expect(readLine).toContain('readLine → VT_read (io.ts:4)')
  })

  it("shows what the function keeps across boundaries and its thread's continuation", () => {
    const text = vtifyHover(service, 'server.ts', service.at('server.ts', 'handle(ch: object)'))
    // buf is read after both boundaries; ch only up to VT_write, whose call has to keep it.
    expect(text).toMatch(/stored across boundaries: `ch`, `buf`; JS locals: none\. A thread started here has a continuation of \d+ slots, ~\d+ bytes/)
  })

  it('names an arrow by its variable', () => {
    expect(vtifyHover(service, 'server.ts', service.at('server.ts', 'echo ='))).toContain('echo → handle (server.ts:17) → VT_write (server.ts:13)')
  })

  it('says a call is a state boundary, numbered in its function, and what the callee is', () => {
    const text = vtifyHover(service, 'server.ts', service.at('server.ts', 'readLine(ch, buf)', 2))
    expect(text).toContain('state boundary ⏸1 of `handle`')
    expect(text).toContain('`readLine` is multistate — 1 state boundary')
  })

  it('finds the call through parentheses, type assertions and element access, as the analysis does', () => {
    const service = createService({
      ...files,
      'forms.ts': `import * as rt from 'vtify/runtime'
import { readLine } from './io.js'

const io = { readLine: (ch: object, buf: Uint8Array): number => readLine(ch, buf) }
export function forms(ch: object, buf: Uint8Array): number {
  readLine!(ch, buf)
  ;(readLine as typeof readLine)(ch, buf)
  io['readLine'](ch, buf)
  rt['VT_yield']()
  return io.readLine!(ch, buf) + line\`\${ch}\`
}
function line(_: TemplateStringsArray, ch: object): number {
  return readLine(ch, new Uint8Array(1))
}
`,
    })
    const hover = (snippet: string, delta = 0): string => vtifyHover(service, 'forms.ts', service.at('forms.ts', snippet, delta))
    expect(hover('readLine!(ch')).toContain('state boundary ⏸1 of `forms`')
    expect(hover('readLine as')).toContain('state boundary ⏸2 of `forms`')
    expect(hover("'readLine'](ch", 1)).toContain('state boundary ⏸3 of `forms`')
    expect(hover("'VT_yield']", 1)).toContain('`VT_yield` is a primitive')
    expect(hover('readLine!(ch', 0)).toContain('`readLine` is multistate')
    expect(hover('readLine!(ch, buf) +')).toContain('state boundary ⏸5 of `forms`')
    expect(hover('line`')).toContain('state boundary ⏸6 of `forms`')
    // The object or the key of an element access is not the callee.
    expect(hover("io['readLine']")).toBe('')
  })

  it('says a primitive suspends the thread', () => {
    const text = vtifyHover(service, 'server.ts', service.at('server.ts', 'VT_write(ch'))
    expect(text).toContain('state boundary ⏸2 of `handle`')
    expect(text).toContain('`VT_write` is a primitive')
    expect(vtifyHover(service, 'server.ts', service.at('server.ts', 'VT_run(echo'))).toContain('`VT_run` starts a new virtual thread')
  })

  it('says a single-state function called from a thread runs in it, and says nothing of other functions', () => {
    expect(vtifyHover(service, 'server.ts', service.at('server.ts', 'checksum(buf: '))).toContain(
      '`checksum` is single-state — it runs inside a virtual thread',
    )
    expect(vtifyHover(service, 'server.ts', service.at('server.ts', 'checksum(buf)'))).toContain('single-state')
    expect(vtifyHover(service, 'server.ts', service.at('server.ts', 'unused'))).toBe('')
  })

  it("keeps TypeScript's own quick info", () => {
    const info = service.ls.getQuickInfoAtPosition(service.path('server.ts'), service.at('server.ts', 'handle(ch: object)'))
    expect(info?.displayParts?.map((p) => p.text).join('')).toBe('function handle(ch: object): number')
    expect(info?.textSpan).toEqual({ start: service.at('server.ts', 'handle(ch: object)'), length: 'handle'.length })
  })

  it('follows edits in another file', () => {
    const edited = createService(files)
    edited.edit('io.ts', files['io.ts'].replace('return VT_read(ch, buf, 1)', 'return buf.length'))
    expect(vtifyHover(edited, 'server.ts', edited.at('server.ts', 'handle(ch: object)'))).toContain('multistate — 1 state boundary')
    expect(vtifyHover(edited, 'server.ts', edited.at('server.ts', 'readLine(ch, buf)', 2))).toContain('`readLine` is single-state')
  })
})
