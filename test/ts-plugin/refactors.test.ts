// The two refactors: where they are offered, and that their edits do what they say — checked by
// applying them and asking the model (and the type checker) again. (The quick fixes: code-fixes.test.ts.)

import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { createService, vtifyHover, type TestService } from './harness.js'

const YIELD = 'vtify: insert VT_yield'
const SPAWN = 'vtify: run in a virtual thread'

function offered(service: TestService, file: string, position: number): string[] {
  return service.ls
    .getApplicableRefactors(service.path(file), position, undefined)
    .map((r) => r.name)
    .filter((n) => n.startsWith('vtify'))
}

/** Applies a refactor's edits to the file and returns its new text. */
function run(service: TestService, file: string, position: number, name: string): string {
  const edits = service.ls.getEditsForRefactor(service.path(file), ts.getDefaultFormatCodeSettings(), position, name, name, undefined)
  expect(edits?.edits.map((e) => e.fileName)).toEqual([service.path(file)])
  service.apply(file, edits!.edits[0]!.textChanges)
  return service.text(file)
}

const errors = (service: TestService, file: string): string[] =>
  service.ls.getSemanticDiagnostics(service.path(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))

describe('refactor: insert VT_yield() at the end of a loop', () => {
  const source = `import { VT_read } from 'vtify/runtime'

export function sum(xs: number[]): number {
  let total = 0
  for (const x of xs) {
    total += x
  }
  while (total > 100) total -= 100
  return total
}

export function drain(ch: object, buf: Uint8Array): void {
  while (VT_read(ch, buf) > 0) {
    buf.fill(0)
  }
}

export async function later(xs: number[]): Promise<void> {
  for (const x of xs) void x
}

for (let i = 0; i < 3; i++) void i
`

  it('is offered on the header of a loop without a state boundary, in a function that can hold one', () => {
    const service = createService({ 'main.ts': source })
    expect(offered(service, 'main.ts', service.at('main.ts', 'for (const x of xs) {'))).toEqual([YIELD])
    expect(offered(service, 'main.ts', service.at('main.ts', 'total > 100'))).toEqual([YIELD])
    expect(offered(service, 'main.ts', service.at('main.ts', 'total += x'))).toEqual([])
    expect(offered(service, 'main.ts', service.at('main.ts', 'while (VT_read'))).toEqual([])
    expect(offered(service, 'main.ts', service.at('main.ts', 'for (const x of xs) void'))).toEqual([])
    expect(offered(service, 'main.ts', service.at('main.ts', 'for (let i'))).toEqual([])
  })

  it('appends the call to a block body, importing VT_yield next to the existing import', () => {
    const service = createService({ 'main.ts': source })
    const text = run(service, 'main.ts', service.at('main.ts', 'for (const x of xs) {'), YIELD)
    expect(text).toContain(`import { VT_read, VT_yield } from 'vtify/runtime'`)
    expect(text).toContain(`  for (const x of xs) {\n    total += x\n    VT_yield()\n  }\n`)
    expect(errors(service, 'main.ts')).toEqual([])
    expect(vtifyHover(service, 'main.ts', service.at('main.ts', 'sum'))).toContain('`sum` is multistate — 1 state boundary')
  })

  it('wraps a single-statement body in a block, with a new import when there is none', () => {
    const service = createService({
      'main.ts': source.replace(`import { VT_read } from 'vtify/runtime'\n`, '').replace(/export function drain[\s\S]*?\n}\n/, ''),
    })
    const text = run(service, 'main.ts', service.at('main.ts', 'while (total'), YIELD)
    expect(text.startsWith(`import { VT_yield } from 'vtify/runtime'\n`)).toBe(true)
    expect(text).toContain('while (total > 100) { total -= 100; VT_yield() }')
    expect(errors(service, 'main.ts')).toEqual([])
  })

  it('puts the call at the start of a body that ends in continue, break, return or throw, after which it would never run', () => {
    const service = createService({
      'jumps.ts': `import { VT_yield } from 'vtify/runtime'

export function skip(xs: number[][]): number {
  let n = 0
  for (const x of xs) {
    [n] = x
    if (n > 0) break
    continue
  }
  while (n < 10) { n++; if (n === 5) continue; break }
  return n
}
`,
    })
    run(service, 'jumps.ts', service.at('jumps.ts', 'for'), YIELD)
    const text = run(service, 'jumps.ts', service.at('jumps.ts', 'while'), YIELD)
    // The next line starts with [: without the semicolon it would index the call's result.
    expect(text).toContain('  for (const x of xs) {\n    VT_yield();\n    [n] = x\n')
    expect(text).toContain('  while (n < 10) { VT_yield(); n++; if (n === 5) continue; break }\n')
    expect(errors(service, 'jumps.ts')).toEqual([])
    expect(vtifyHover(service, 'jumps.ts', service.at('jumps.ts', 'skip'))).toContain('`skip` is multistate — 2 state boundaries')
  })

  it('is not offered where a variable hides the name the call would use', () => {
    const service = createService({
      'namespace.ts': `import * as vt from 'vtify/runtime'\n\nexport function spin(vt: { n: number }): void {\n  for (let i = 0; i < vt.n; i++) {}\n}\n`,
      'alias.ts': `import { VT_yield as pause } from 'vtify/runtime'\n\nexport function wait(xs: number[]): void {\n  for (const pause of xs) void pause\n}\n`,
    })
    // vt.VT_yield() would call the parameter's; pause() the loop variable.
    expect(offered(service, 'namespace.ts', service.at('namespace.ts', 'for'))).toEqual([])
    expect(offered(service, 'alias.ts', service.at('alias.ts', 'for'))).toEqual([])
  })

  it("inserts lines with the file's line break", () => {
    const crlf = `import { join } from 'node:path'\r\n\r\nexport function spin(n: number): void {\r\n  for (let i = 0; i < n; i++) {\r\n    join()\r\n  }\r\n}\r\n`
    const service = createService({ 'crlf.ts': crlf })
    const text = run(service, 'crlf.ts', service.at('crlf.ts', 'for'), YIELD)
    expect(text).toContain(`import { join } from 'node:path'\r\nimport { VT_yield } from 'vtify/runtime'\r\n`)
    expect(text).toContain('    join()\r\n    VT_yield()\r\n  }\r\n')
    expect(text.replaceAll('\r\n', '')).not.toContain('\n')
  })

  it('uses the name the file already imports: an alias or a namespace', () => {
    const loop = `export function spin(n: number): void {\n  for (let i = 0; i < n; i++) {}\n}\n`
    const aliased = createService({ 'a.ts': `import { VT_yield as pause } from 'vtify/runtime';\n${loop}` })
    expect(run(aliased, 'a.ts', aliased.at('a.ts', 'for'), YIELD)).toContain('for (let i = 0; i < n; i++) { pause() }')
    const namespaced = createService({ 'b.ts': `import * as vt from 'vtify/runtime'\n${loop}` })
    expect(run(namespaced, 'b.ts', namespaced.at('b.ts', 'for'), YIELD)).toContain('{ vt.VT_yield() }')
    expect(errors(namespaced, 'b.ts')).toEqual([])
  })
})

describe('refactor: run a multistate callback in a new virtual thread', () => {
  const source = `import { VT_write, VT_yield } from 'vtify/runtime'

function flush(): void {
  VT_yield()
}

export function writeAll(ch: object, items: string[]): void {
  items.forEach((item) => VT_write(ch, item))
}

export function later(): void {
  setTimeout(flush, 10)
}

export function soon(ch: object): void {
  setTimeout(() => VT_write(ch, 'soon'), 0)
}
`

  it('is offered on a callback reported as VT1002 that a timer calls, and nowhere else', () => {
    const service = createService({ 'main.ts': source })
    expect(offered(service, 'main.ts', service.at('main.ts', 'flush, 10'))).toEqual([SPAWN])
    expect(offered(service, 'main.ts', service.at('main.ts', "VT_write(ch, 'soon')"))).toEqual([SPAWN])
    // forEach runs the elements in order: a thread per element would run them concurrently.
    expect(offered(service, 'main.ts', service.at('main.ts', 'VT_write(ch, item)'))).toEqual([])
    expect(offered(service, 'main.ts', service.at('main.ts', 'items.forEach'))).toEqual([])
  })

  it('starts a callback that takes no arguments without any, removing the diagnostic without a type error', () => {
    const service = createService({ 'main.ts': source })
    const text = run(service, 'main.ts', service.at('main.ts', 'flush, 10'), SPAWN)
    expect(text).toContain('setTimeout(() => VT_spawn(flush), 10)')
    expect(text).toContain(`import { VT_write, VT_yield, VT_spawn } from 'vtify/runtime'`)
    expect(errors(service, 'main.ts')).toHaveLength(2) // the forEach and the other setTimeout are left
    expect(errors(service, 'main.ts')[0]).toMatch(/^VT1002: The callback passed to `Array.forEach`/)
  })

  it('is not offered on a callback that reads its own this or arguments, which the thread would not be given', () => {
    const service = createService({
      'emitter.d.ts': `export declare class Emitter {\n  on(event: string, listener: (this: Emitter, data: string) => void): this\n}\n`,
      'events.ts': `import { VT_write } from 'vtify/runtime'
import type { Emitter } from './emitter.js'

function echo(this: Emitter, data: string): void {
  VT_write(this, data)
}

export function listen(emitter: Emitter, ch: object): void {
  emitter.on('own', function (data) { VT_write(this, data) })
  emitter.on('declared', echo)
  emitter.on('args', function () { VT_write(ch, arguments[0]) })
  emitter.on('arrow', (data) => VT_write(ch, data))
}
`,
    })
    expect(errors(service, 'events.ts').map((e) => e.slice(0, 6))).toEqual(['VT1002', 'VT1002', 'VT1002', 'VT1002'])
    for (const at of ['function (data)', 'echo)', 'function ()']) expect(offered(service, 'events.ts', service.at('events.ts', at))).toEqual([])
    expect(offered(service, 'events.ts', service.at('events.ts', '(data) =>'))).toEqual([SPAWN])
  })

  it('is not offered where the wrapper would not run the function the emitter was given', () => {
    const service = createService({
      'emitter.d.ts': `export declare class Emitter {\n  on(event: string, listener: (data: string) => void): this\n  off(event: string, listener: (data: string) => void): this\n}\n`,
      'events.ts': `import { VT_write } from 'vtify/runtime'
import type { Emitter } from './emitter.js'

function counter(ch: object): (data: string) => void {
  let n = 0
  return (data) => VT_write(ch, data + n++)
}

export function listen(emitter: Emitter, ch: object): void {
  emitter.on('made', counter(ch))
  const onData = (data: string): void => { VT_write(ch, data) }
  emitter.on('removed', onData)
  emitter.off('removed', onData)
  const sink = { write(sink: string): void { VT_write(ch, sink) } }
  emitter.on('shadowed', sink.write)
  const once = (data: string): void => { VT_write(ch, data) }
  emitter.on('kept', once)
}
`,
    })
    expect(errors(service, 'events.ts').filter((e) => e.startsWith('VT1002') && e.includes('passed to `Emitter.on`'))).toHaveLength(4)
    // (data) => VT_spawn(counter(ch), data) would make a new counter at each event.
    expect(offered(service, 'events.ts', service.at('events.ts', 'counter(ch))'))).toEqual([])
    // off would look for onData, which the emitter no longer has.
    expect(offered(service, 'events.ts', service.at('events.ts', 'onData)\n  emitter.off'))).toEqual([])
    // (sink) => VT_spawn(sink.write, sink) would read write of the event's data.
    expect(offered(service, 'events.ts', service.at('events.ts', 'sink.write)'))).toEqual([])
    expect(offered(service, 'events.ts', service.at('events.ts', 'once)'))).toEqual([SPAWN])
  })

  it('wraps a callback written in place', () => {
    const service = createService({ 'main.ts': source })
    expect(run(service, 'main.ts', service.at('main.ts', "() => VT_write(ch, 'soon')"), SPAWN)).toContain(
      "setTimeout(() => VT_spawn(() => VT_write(ch, 'soon')), 0)",
    )
    expect(errors(service, 'main.ts')).toHaveLength(2)
  })
})
