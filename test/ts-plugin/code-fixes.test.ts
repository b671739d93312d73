// The quick fixes (ts-plugin/code-fixes/): offered on the diagnostic they fix, only where the edit
// keeps what the program does, and applying one removes the diagnostic without a type error.

import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { createService, type TestService } from './harness.js'

const source = `import { VT_write } from 'vtify/runtime'

export function walk(ch: object, n: number): void {
  VT_write(ch, 'x')
  if (n > 0) walk(ch, n - 1)
}

export class Tree {
  visit(ch: object, depth: number): number {
    VT_write(ch, 'node')
    return depth > 0 ? this.visit(ch, depth - 1) + 1 : 0
  }
}

export function writeAll(ch: object, items: string[]): void {
  items.forEach((item) => VT_write(ch, item))
}

export function later(ch: object): void {
  setTimeout(() => VT_write(ch, 'late'), 10)
}

export async function fetchLater(ch: object): Promise<number> {
  const n = VT_write(ch, 'a')
  return n + VT_write(ch, 'b')
}
`

/** The vtify diagnostics of a file: `VT1002@line`. */
function reported(service: TestService, file: string): string[] {
  const sf = service.ls.getProgram()!.getSourceFile(service.path(file))!
  return service.ls
    .getSemanticDiagnostics(service.path(file))
    .map((d) => `${d.source === 'vtify' ? `VT${d.code - 90_000}` : `TS${d.code}`}@${sf.getLineAndCharacterOfPosition(d.start!).line + 1}`)
}

/** The fixes tsserver would list for the vtify diagnostic on `line`. */
function fixesOn(service: TestService, file: string, line: number): readonly ts.CodeFixAction[] {
  const sf = service.ls.getProgram()!.getSourceFile(service.path(file))!
  const d = service.ls
    .getSemanticDiagnostics(service.path(file))
    .find((x) => x.source === 'vtify' && sf.getLineAndCharacterOfPosition(x.start!).line + 1 === line)
  expect(d).toBeDefined()
  return service.ls.getCodeFixesAtPosition(service.path(file), d!.start!, d!.start! + d!.length!, [d!.code], ts.getDefaultFormatCodeSettings(), {})
}

function applyFix(service: TestService, file: string, fix: ts.CodeFixAction): string {
  expect(fix.changes.map((c) => c.fileName)).toEqual([service.path(file)])
  service.apply(file, fix.changes[0]!.textChanges)
  return service.text(file)
}

describe('quick fixes', () => {
  it('start with the program reported as the cases below expect', () => {
    expect(reported(createService({ 'main.ts': source }), 'main.ts')).toEqual(['VT1001@5', 'VT1001@11', 'VT1002@16', 'VT1002@20', 'VT1003@24', 'VT1003@25'])
  })

  it('VT1001: the closing call runs in its own thread and is joined', () => {
    const service = createService({ 'main.ts': source })
    const fixes = fixesOn(service, 'main.ts', 5)
    expect(fixes.map((f) => f.description)).toEqual(['Run the recursive call in its own virtual thread: VT_join(VT_spawn(…))'])
    const text = applyFix(service, 'main.ts', fixes[0]!)
    expect(text).toContain('if (n > 0) VT_join(VT_spawn(walk, ch, n - 1))')
    expect(text).toContain(`import { VT_write, VT_join, VT_spawn } from 'vtify/runtime'`)
    expect(reported(service, 'main.ts')).not.toContain('VT1001@5')
    expect(reported(service, 'main.ts').filter((d) => d.startsWith('TS'))).toEqual([])
  })

  it('VT1001: a method is spawned bound to its receiver', () => {
    const service = createService({ 'main.ts': source })
    const text = applyFix(service, 'main.ts', fixesOn(service, 'main.ts', 11)[0]!)
    expect(text).toContain('return depth > 0 ? VT_join(VT_spawn(this.visit.bind(this), ch, depth - 1)) + 1 : 0')
    expect(reported(service, 'main.ts')).toEqual(['VT1001@5', 'VT1002@16', 'VT1002@20', 'VT1003@24', 'VT1003@25'])
  })

  it('VT1002 on forEach: a for…of loop, and no thread per element', () => {
    const service = createService({ 'main.ts': source })
    const fixes = fixesOn(service, 'main.ts', 16)
    expect(fixes.map((f) => f.description)).toEqual(['Iterate with for…of instead of forEach'])
    expect(applyFix(service, 'main.ts', fixes[0]!)).toContain('  for (const item of items) VT_write(ch, item)\n')
    expect(reported(service, 'main.ts')).toEqual(['VT1001@5', 'VT1001@11', 'VT1002@20', 'VT1003@24', 'VT1003@25'])
  })

  it('VT1002 on a timer: the callback starts its work as a thread, when the timer fires', () => {
    const service = createService({ 'main.ts': source })
    const fixes = fixesOn(service, 'main.ts', 20)
    expect(fixes.map((f) => f.description)).toEqual(["Start the callback's work in a new virtual thread (VT_spawn)"])
    expect(applyFix(service, 'main.ts', fixes[0]!)).toContain("setTimeout(() => VT_spawn(() => VT_write(ch, 'late')), 10)")
    expect(reported(service, 'main.ts')).toEqual(['VT1001@5', 'VT1001@11', 'VT1002@16', 'VT1003@24', 'VT1003@25'])
  })

  it('VT1003 in an async function: the call runs in a thread, awaited', () => {
    const service = createService({ 'main.ts': source })
    const fixes = fixesOn(service, 'main.ts', 24)
    expect(fixes.map((f) => f.description)).toEqual(['Run the call in a virtual thread and await it: await VT_run(() => …)'])
    applyFix(service, 'main.ts', fixes[0]!)
    const text = applyFix(service, 'main.ts', fixesOn(service, 'main.ts', 25)[0]!)
    expect(text).toContain("  const n = await VT_run(() => VT_write(ch, 'a'))\n  return n + (await VT_run(() => VT_write(ch, 'b')))\n")
    expect(text).toContain(`import { VT_write, VT_run } from 'vtify/runtime'`)
    expect(reported(service, 'main.ts')).toEqual(['VT1001@5', 'VT1001@11', 'VT1002@16', 'VT1002@20'])
  })

  it('offers nothing where the edit would change what the program does', () => {
    const service = createService({
      'other.ts': `import { VT_write } from 'vtify/runtime'

export function firsts(ch: object, items: string[]): void {
  items.forEach((item) => {
    if (item === '') return
    VT_write(ch, item)
  })
}

export function promised(ch: object): Promise<void> {
  return new Promise<void>((resolve) => {
    VT_write(ch, 'p')
    resolve()
  })
}

export function* produce(ch: object): Generator<number> {
  VT_write(ch, 'g')
  yield 1
}
`,
    })
    expect(reported(service, 'other.ts')).toEqual(['VT1002@4', 'VT1002@11', 'VT1003@18'])
    // A return in forEach's callback is a continue; a Promise executor's work must be done when it
    // returns; a generator cannot await.
    for (const line of [4, 11, 18]) expect(fixesOn(service, 'other.ts', line)).toEqual([])
  })

  it('VT1002 on forEach: no loop whose variable would shadow what the array reads, nor one that would share a var', () => {
    const service = createService({
      'tree.ts': `import { VT_write } from 'vtify/runtime'

interface Tree {
  name: string
  children: Tree[]
}

export function names(ch: object, node: Tree): void {
  node.children.forEach((node) => VT_write(ch, node.name))
}

export function nonEmpty(ch: object, items: string[]): void {
  items.filter((item) => item !== '').forEach((item) => VT_write(ch, item))
}

export function lengths(ch: object, items: string[]): number {
  var n = 0
  items.forEach((item) => {
    var n = item.length
    VT_write(ch, String(n))
  })
  return n
}
`,
    })
    expect(reported(service, 'tree.ts')).toEqual(['VT1002@9', 'VT1002@13', 'VT1002@18'])
    // In a loop, the callback's var n would be lengths' own n, which it returns.
    expect(fixesOn(service, 'tree.ts', 18)).toEqual([])
    // for (const node of node.children) reads the loop variable before it is initialised.
    expect(fixesOn(service, 'tree.ts', 9)).toEqual([])
    // filter's parameter is its own: the loop variable shadows nothing the array reads.
    expect(applyFix(service, 'tree.ts', fixesOn(service, 'tree.ts', 13)[0]!)).toContain(
      "  for (const item of items.filter((item) => item !== '')) VT_write(ch, item)\n",
    )
    expect(reported(service, 'tree.ts')).toEqual(['VT1002@9', 'VT1002@18'])
  })

  it('VT1003: no await where await is a syntax error', () => {
    const service = createService({
      'params.ts': `import { VT_write } from 'vtify/runtime'

export async function greet(ch: object, n = VT_write(ch, 'hi')): Promise<number> {
  return n
}
`,
    })
    expect(reported(service, 'params.ts')).toEqual(['VT1003@3'])
    // await VT_run(…) in a parameter's initialiser does not parse.
    expect(fixesOn(service, 'params.ts', 3)).toEqual([])
  })

  it('tells the editor which codes have fixes', () => {
    const service = createService({ 'main.ts': source })
    expect(service.ls.getSupportedCodeFixes(service.path('main.ts'))).toEqual(expect.arrayContaining(['91001', '91002', '91003']))
    expect(service.ls.getSupportedCodeFixes(service.path('main.ts'))).not.toContain('91004')
  })
})
