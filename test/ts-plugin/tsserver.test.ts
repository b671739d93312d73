// End to end: a real tsserver child process, the plugin loaded from the package as a user has it —
// globally (as the VS Code extension contributes it) for examples/echo-server, and from a
// tsconfig's "plugins" for a project in a temporary directory with node_modules/vtify.

import fs from 'node:fs'
import path from 'node:path'
import type ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkedInstall, REPO } from './install.js'
import { TsServer } from './tsserver-client.mjs'

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    plugins: [{ name: 'vtify/ts-plugin' }],
  },
  include: ['src'],
}

const project = {
  'tsconfig.json': JSON.stringify(tsconfig),
  'package.json': JSON.stringify({ type: 'module' }),
  'src/ping.ts': `import { VT_yield } from 'vtify/runtime'
import { pong } from './pong.js'

export function ping(n: number): void {
  VT_yield()
  if (n > 0) pong(n - 1)
}
`,
  'src/pong.ts': `import { ping } from './ping.js'

export function pong(n: number): void {
  ping(n)
}
`,
  'src/tree.ts': `import { VT_write } from 'vtify/runtime'

export function walk(ch: object, n: number): void {
  VT_write(ch, 'x')
  if (n > 0) walk(ch, n - 1)
}
`,
  'src/work.ts': `import { VT_write } from 'vtify/runtime'

export function sum(xs: number[]): number {
  let total = 0
  for (const x of xs) {
    total += x
  }
  return total
}

export function writeAll(ch: object, items: string[]): void {
  items.forEach((item) => VT_write(ch, item))
}
`,
}

/** 1-based line and offset of the `nth` occurrence of `snippet`, as the protocol wants. */
function locate(text: string, snippet: string, nth = 1): ts.server.protocol.Location {
  let index = -1
  for (let i = 0; i < nth; i++) index = text.indexOf(snippet, index + 1)
  if (index < 0) throw new Error(`${snippet} not found`)
  const before = text.slice(0, index).split('\n')
  return { line: before.length, offset: before[before.length - 1]!.length + 1 }
}

describe('tsserver with vtify/ts-plugin', () => {
  let dir: string
  let server: TsServer
  const echo = path.join(REPO, 'examples/echo-server/src')
  const file = (name: string): string => path.join(dir, name)
  const open = (fileName: string): void => server.notify('open', { file: fileName, fileContent: fs.readFileSync(fileName, 'utf8') })

  beforeAll(() => {
    dir = linkedInstall('vtify-tsserver-', project)
    server = new TsServer({ args: ['--globalPlugins', 'vtify/ts-plugin', '--pluginProbeLocations', dir], cwd: dir })
    for (const name of ['main.ts', 'echo.ts']) open(path.join(echo, name))
    for (const name of ['src/ping.ts', 'src/pong.ts', 'src/work.ts', 'src/tree.ts']) open(file(name))
  })
  afterAll(() => {
    server?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('hovers a multistate function of examples/echo-server with its reason chains', async () => {
    const main = path.join(echo, 'main.ts')
    const text = fs.readFileSync(main, 'utf8')
    const info = await server.request<ts.server.protocol.QuickInfoResponseBody>('quickinfo', { file: main, ...locate(text, 'main(): void') })
    expect(info.displayString).toBe('function main(): void')
    expect(info.documentation).toContain('`main` is multistate — 2 state boundaries')
    expect(info.documentation).toContain('main → VT_await (src/main.ts:54)  \nmain → serve (src/main.ts:57) → VT_accept (src/main.ts:18)')
  })

  it('shows the state boundaries of examples/echo-server as inlay hints', async () => {
    const echoFile = path.join(echo, 'echo.ts')
    const length = fs.readFileSync(echoFile, 'utf8').length
    const hints = await server.request<ts.server.protocol.InlayHintItem[]>('provideInlayHints', { file: echoFile, start: 0, length })
    expect(hints.map((h) => `${h.text}@${h.position.line}:${h.position.offset}`)).toEqual(['⏸ multistate@5:27', '⏸1@7:10', '⏸2@7:37'])
  })

  it('reports a cycle as VT1001 with related information, and forgets it when an edit in another file breaks it', async () => {
    const diagnostics = (): Promise<ts.server.protocol.Diagnostic[]> => server.request('semanticDiagnosticsSync', { file: file('src/pong.ts') })
    const [cycle, ...rest] = await diagnostics()
    expect(rest).toEqual([])
    expect(cycle).toMatchObject({ source: 'vtify', code: 91001, category: 'error', start: { line: 4, offset: 3 } })
    expect(cycle!.text).toMatch(/^VT1001: Recursion among multistate functions: ping → pong \(src\/ping.ts:6\) → ping \(src\/pong.ts:4\)/)
    expect(cycle!.relatedInformation?.map((r) => `${path.basename(r.span!.file)}:${r.span!.start.line}`)).toEqual(['ping.ts:6', 'pong.ts:4'])

    const ping = project['src/ping.ts']
    const at = locate(ping, 'pong(n - 1)')
    server.notify('change', { file: file('src/ping.ts'), ...at, endLine: at.line, endOffset: at.offset + 'pong(n - 1)'.length, insertString: 'void n' })
    expect(await diagnostics()).toEqual([])
  })

  it('offers and performs the VT_yield refactor on a loop without a state boundary', async () => {
    const at = { file: file('src/work.ts'), ...locate(project['src/work.ts'], 'for (const x') }
    const refactors = await server.request<ts.server.protocol.ApplicableRefactorInfo[]>('getApplicableRefactors', at)
    expect(refactors.map((r) => r.name)).toContain('vtify: insert VT_yield')
    const edits = await server.request<ts.server.protocol.RefactorEditInfo>('getEditsForRefactor', {
      ...at,
      refactor: 'vtify: insert VT_yield',
      action: 'vtify: insert VT_yield',
    })
    expect(edits.edits.flatMap((e) => e.textChanges.map((c) => c.newText))).toEqual([', VT_yield', '    VT_yield()\n'])
  })

  it('offers the for…of quick fix, not the VT_spawn refactor, on a forEach callback reported as VT1002', async () => {
    const at = { file: file('src/work.ts'), ...locate(project['src/work.ts'], 'VT_write(ch, item)') }
    const refactors = await server.request<ts.server.protocol.ApplicableRefactorInfo[]>('getApplicableRefactors', at)
    expect(refactors.map((r) => r.name)).not.toContain('vtify: run in a virtual thread')
    const [diagnostic] = (await server.request<ts.server.protocol.Diagnostic[]>('semanticDiagnosticsSync', { file: file('src/work.ts') })).filter(
      (d) => d.code === 91002,
    )
    const fixes = await server.request<ts.server.protocol.CodeFixAction[]>('getCodeFixes', {
      file: file('src/work.ts'),
      startLine: diagnostic!.start.line,
      startOffset: diagnostic!.start.offset,
      endLine: diagnostic!.end.line,
      endOffset: diagnostic!.end.offset,
      errorCodes: [91002],
    })
    expect(fixes.map((f) => f.description)).toEqual(['Iterate with for…of instead of forEach'])
    expect(fixes[0]!.changes.flatMap((c) => c.textChanges.map((t) => t.newText))).toEqual(['for (const item of items) VT_write(ch, item)'])
  })

  it('offers the VT_join(VT_spawn(…)) quick fix on a recursion cycle, and says which codes it fixes', async () => {
    const supported = await server.request<string[]>('getSupportedCodeFixes', { file: file('src/tree.ts') })
    expect(supported).toEqual(expect.arrayContaining(['91001', '91002', '91003']))
    const at = locate(project['src/tree.ts'], 'walk(ch, n - 1)')
    const fixes = await server.request<ts.server.protocol.CodeFixAction[]>('getCodeFixes', {
      file: file('src/tree.ts'),
      startLine: at.line,
      startOffset: at.offset,
      endLine: at.line,
      endOffset: at.offset + 'walk(ch, n - 1)'.length,
      errorCodes: [91001],
    })
    expect(fixes.map((f) => f.fixName)).toEqual(['vtify: join a spawned thread'])
    expect(fixes[0]!.changes.flatMap((c) => c.textChanges.map((t) => t.newText))).toEqual([', VT_join, VT_spawn', 'VT_join(VT_spawn(walk, ch, n - 1))'])
  })
})
