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
class C { m(): unknown { VT_yield(); return VT_self() } }
export function main(log: string[]): void {
  const me = VT_self()
  const f = (): unknown => { VT_yield(); return VT_self() }
  const g = (): unknown => { VT_yield(); return VT_self() }
  const unknown = [g][0] as (() => unknown)
  log.push(String(new C().m() === me), String(f() === me), String(unknown.call(undefined) === me))
}
`)
  // A call through a value the analysis cannot follow is still a child thread of its own (docs/transform.md).
  expect(log).toEqual(['true', 'true', 'false', 'returned undefined'])
})

it("a call of another module's function, or of a method or closure of it that the analysis knows, runs in the caller's thread", async () => {
  const worker = `import { VT_yield, VT_self } from 'vtify/runtime'
export class W {
  m(): unknown { VT_yield(); return VT_self() }
  args(): unknown { VT_yield(); return arguments.length && VT_self() }
  static s(): unknown { VT_yield(); return VT_self() }
}
class Hidden { m(): unknown { VT_yield(); return VT_self() } }
export const hidden = (): Hidden => new Hidden()
export function byName(): unknown { VT_yield(); return VT_self() }
export const arrow = (): unknown => { VT_yield(); return VT_self() }
export function maker(): () => unknown { return function made() { VT_yield(); return VT_self() } }
export const handlers = { on(): unknown { VT_yield(); return VT_self() } }
export const Nested = class { m(): unknown { VT_yield(); return VT_self() } }
`
  const log = await run(
    `import { VT_self } from 'vtify/runtime'
import { Nested, W, arrow, byName, handlers, hidden, maker } from './worker.ts'
export function main(log: string[]): void {
  const me = VT_self()
  const made = maker()
  const calls = [byName(), new W().m(), hidden().m(), arrow(), made(), handlers.on(), W.s(), new Nested().m(), new W().args()]
  log.push(...calls.map((self) => String(self === me)))
}
`,
    { 'worker.ts': worker },
  )
  // A method reading `arguments` keeps the dynamic call: a child thread.
  expect(log).toEqual(['true', 'true', 'true', 'true', 'true', 'true', 'true', 'true', 'false', 'returned undefined'])
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
