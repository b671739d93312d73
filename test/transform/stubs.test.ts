// What a multistate function's value looks like to the program: the stub the transform binds it
// to has the name and the kind of the source function (JavaScript's rules, written out here:
// the oracle's generator functions would differ, as every generator has a prototype).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { buildBoth, runProgram, runtimes } from './harness.js'

const program = `import { VT_yield } from 'vtify/runtime'
const first = function () { VT_yield(); return 1 }
export function main(log: string[]): void {
  VT_yield()
  const o = { m(): void { VT_yield() }, 'quoted key'(): void { VT_yield() } }
  const arrow = (a: number, b = 2): number => { VT_yield(); return a + b }
  const named = function inner(): void { VT_yield() }
  const anonymous = [(): void => { VT_yield() }][0]!
  function hoisted(a: number): void { VT_yield() }
  const describe = (f: Function): string => [f.name, f.length, 'prototype' in f].join('/')
  log.push(...[o.m, o['quoted key'], arrow, named, anonymous, hoisted, first].map(describe))
  try { new (o.m as any)() } catch (e) { log.push('new method: ' + (e as Error).name) }
  try { new (arrow as any)() } catch (e) { log.push('new arrow: ' + (e as Error).name) }
}
`

/** Compile `source` as main.ts (beside `others`, by file name) and run main(log) as a thread: the log. */
async function run(source: string, others: Record<string, string> = {}): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-stubs-'))
  for (const [name, text] of Object.entries({ 'main.ts': source, ...others })) fs.writeFileSync(path.join(dir, name), text)
  const built = buildBoth(dir)
  expect(built.diagnostics).toEqual([])
  return runProgram(built.vtify, 'main.ts', runtimes.vtify)
}

it("a call of a method or closure the analysis knows runs in the caller's thread", async () => {
  const log = await run(`import { VT_yield, VT_self } from 'vtify/runtime'
class C { m(): unknown { VT_yield(); return VT_self() } args(a?: number): unknown { VT_yield(); return arguments.length === 2 && VT_self() } }
function counted(): unknown { VT_yield(); return arguments.length === 3 && VT_self() }
class R { tag = 'r'; reader(): () => unknown { return () => { VT_yield(); return this.tag === 'r' && VT_self() } } }
export function main(log: string[]): void {
  const me = VT_self()
  const f = (): unknown => { VT_yield(); return VT_self() }
  const g = (): unknown => { VT_yield(); return VT_self() }
  const h = function (): unknown { VT_yield(); return arguments[0] === 'x' && VT_self() }
  const unknown = [g][0] as (() => unknown)
  const reader = new R().reader()
  const calls = [new C().m(), f(), new C().args(1, 2), (counted as Function)(1, 2, 3), counted(...[1, 2, 3]), h('x'), reader(), unknown.call(undefined)]
  log.push(...calls.map((self) => String(self === me)))
}
`)
  // A call through a value the analysis cannot follow is still a child thread of its own (docs/transform.md).
  expect(log).toEqual(['true', 'true', 'true', 'true', 'true', 'true', 'true', 'false', 'returned undefined'])
})

it("a call of another module's function, or of a method or closure of it that the analysis knows, runs in the caller's thread", async () => {
  const worker = `import { VT_yield, VT_self } from 'vtify/runtime'
export class W {
  m(): unknown { VT_yield(); return VT_self() }
  args(_a?: number): unknown { VT_yield(); return arguments.length === 1 && VT_self() }
  static s(): unknown { VT_yield(); return VT_self() }
  tag = 'w'
  reader(): () => unknown { return () => { VT_yield(); return this.tag === 'w' && VT_self() } }
}
class Hidden { m(): unknown { VT_yield(); return VT_self() } }
export const hidden = (): Hidden => new Hidden()
export function byName(): unknown { VT_yield(); return VT_self() }
export default function byDefault(): unknown { VT_yield(); return VT_self() }
export const arrow = (): unknown => { VT_yield(); return VT_self() }
export function maker(): () => unknown { return function made() { VT_yield(); return VT_self() } }
export const handlers = { on(): unknown { VT_yield(); return VT_self() } }
export const Nested = class { m(): unknown { VT_yield(); return VT_self() } }
`
  const log = await run(
    `import { VT_self } from 'vtify/runtime'
import byDefault, { Nested, W, arrow, byName, handlers, hidden, maker } from './worker.ts'
export function main(log: string[]): void {
  const me = VT_self()
  const made = maker()
  const calls = [byName(), new W().m(), hidden().m(), arrow(), made(), handlers.on(), W.s(), new Nested().m(), new W().args(1), new W().reader()(), byDefault()]
  log.push(...calls.map((self) => String(self === me)))
}
`,
    { 'worker.ts': worker },
  )
  expect(log).toEqual(['true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'returned undefined'])
})

it("a call of a method of a module the caller does not import is continuation-passing only if that module is evaluated before the caller's", async () => {
  const conn = `import { VT_yield, VT_self } from 'vtify/runtime'
(globalThis as any).order.push('conn')
export class Conn { read(): unknown { VT_yield(); return VT_self() } }
`
  const server = `import { Conn } from './conn.ts'
export function accept(): Conn { return new Conn() }
`
  // early.ts is evaluated before conn.ts, and names Conn as a type only (its import is dropped):
  // importing conn.ts's helpers into it would evaluate conn.ts earlier.
  const early = `import type { Conn } from './conn.ts'
import { VT_self } from 'vtify/runtime'
;(globalThis as any).order.push('early')
export function readEarly(c: Conn): boolean { return c.read() === VT_self() }
`
  const log = await run(
    `import './order.ts'
import { VT_self } from 'vtify/runtime'
import type { Conn } from './conn.ts'
import { readEarly } from './early.ts'
import { accept } from './server.ts'
export function main(log: string[]): void {
  const c: Conn = accept()
  log.push(String(c.read() === VT_self()), String(readEarly(c)), ...(globalThis as any).order)
}
`,
    { 'conn.ts': conn, 'server.ts': server, 'early.ts': early, 'order.ts': '(globalThis as any).order = []\n' },
  )
  expect(log).toEqual(['true', 'false', 'early', 'conn', 'returned undefined'])
})

it('stubs have the name, length and kind of the function they stand for', async () => {
  const log = await run(program)
  expect(log).toEqual([
    'm/0/false',
    'quoted key/0/false',
    'arrow/1/false',
    'inner/0/true',
    '/0/false',
    'hoisted/1/true',
    'first/0/true',
    'new method: TypeError',
    'new arrow: TypeError',
    'returned undefined',
  ])
})
