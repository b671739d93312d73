// VT0001 and VT1001–VT1004: codes, positions, and messages that say what to do.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzePath, type Diagnostic } from '../../compiler/index.js'
import { analyzeFixture, summarize } from './summary.js'

/** The VT1001 diagnostics of a one-module program. */
function recursionIn(source: string): Diagnostic[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-cycles-'))
  fs.writeFileSync(path.join(dir, 'main.ts'), source)
  try {
    return analyzePath(dir).diagnostics.filter((x) => x.code === 'VT1001')
  } finally {
    fs.rmSync(dir, { recursive: true })
  }
}

describe('diagnostics', () => {
  it('VT1001: self-recursion of a multistate function; single-state recursion is fine', () => {
    const model = analyzeFixture('recursion')
    // A function expression calling itself by its own name too.
    expect(summarize(model).diagnostics).toEqual(['VT1001 main.ts:6:3', 'VT1001 main.ts:15:28'])
    expect(model.diagnostics[0]!.message).toContain('countdown → countdown (main.ts:6)')
    expect(model.diagnostics[1]!.message).toContain('fact → fact (main.ts:15)')
    expect(model.diagnostics[0]!.message).toContain('loop')
    // The recursion can stay: each level in a thread of its own, joined.
    expect(model.diagnostics[0]!.message).toContain('`countdown(…)` becomes `VT_join(VT_spawn(countdown, …))`')
    expect(model.diagnostics[0]!.message).toMatch(/ See https:\/\/github\.com\/vtify\/vtify\/blob\/main\/docs\/errors\.md#vt1001$/)
  })

  it('VT1001: mutual recursion across modules prints the whole cycle', () => {
    const model = analyzeFixture('recursion-cross-module')
    expect(summarize(model).diagnostics).toEqual(['VT1001 pong.ts:4:3'])
    const d = model.diagnostics[0]!
    expect(d.message).toContain('ping → pong (ping.ts:6) → ping (pong.ts:4)')
    expect(d.related.map((r) => `${r.file}:${r.line}`)).toEqual(['ping.ts:6', 'pong.ts:4'])
  })

  it('VT1001: a component of many paths and few cycles is enumerated cycle by cycle, not path by path', () => {
    // f0 ⇄ d1, and d1 … d40 each calling every later one, d40 calling d1 back: from f0, 2^38 paths
    // through the d's end at d1 again without closing a cycle through f0 (JavaScript's methods
    // matched by name make such components). Listing paths would not end; the first twenty cycles are reported.
    const d = (i: number): string => `d${i}`
    const body = (i: number): string =>
      Array.from({ length: 40 - i }, (_, j) => `  if (n > 0) ${d(i + j + 1)}(n - 1)\n`).join('') + (i === 40 ? '  if (n > 0) d1(n - 1)\n' : '')
    const source = [
      `import { VT_yield } from 'vtify/runtime'\n`,
      `export function f0(n: number): void {\n  VT_yield()\n  if (n > 0) d1(n - 1)\n}\n`,
      `export function d1(n: number): void {\n  if (n > 0) f0(n - 1)\n${body(1)}}\n`,
      ...Array.from({ length: 39 }, (_, k) => `export function ${d(k + 2)}(n: number): void {\n${body(k + 2)}}\n`),
    ].join('')
    const recursion = recursionIn(source)
    expect(recursion).toHaveLength(20)
    expect(recursion.some((x) => x.message.includes('f0 → d1 (main.ts:4) → f0 (main.ts:7)'))).toBe(true)
  })

  it('VT1001: a cycle through a call of several targets names the one it goes through', () => {
    // x.run() may reach Again.run (the cycle) or Stop.run, which the chain once named for being first.
    const [cycle, ...more] = recursionIn(
      [
        `import { VT_yield } from 'vtify/runtime'\n`,
        `class Again {\n  run(n: number): void {\n    if (n > 0) loop(n - 1, new Stop())\n  }\n}\n`,
        `class Stop {\n  run(n: number): void {\n    VT_yield()\n  }\n}\n`,
        `export function loop(n: number, x: Stop | Again): void {\n  x.run(n)\n}\n`,
      ].join(''),
    )
    expect(more).toEqual([])
    expect(cycle!.message).toContain('Again.run → loop (main.ts:4) → Again.run (main.ts:13)')
  })

  it('VT1002: multistate callbacks handed to forEach, setTimeout and a node_modules function', () => {
    const model = analyzeFixture('callbacks')
    expect(summarize(model).diagnostics.slice(0, 3)).toEqual(['VT1002 main.ts:9:17', 'VT1002 main.ts:12:14', 'VT1002 main.ts:15:11'])
    const [forEach, timeout, lib] = model.diagnostics
    expect(forEach!.message).toContain('`Array.forEach`')
    expect(forEach!.message).toContain('for…of')
    // A thread per element would run the elements concurrently: not the same program.
    expect(forEach!.message).not.toContain('VT_spawn')
    expect(timeout!.message).toContain('`setTimeout`')
    expect(timeout!.message).not.toContain('for…of')
    // setTimeout calls the callback later and ignores its result: a thread started by the callback keeps that.
    expect(timeout!.message).toContain('`setTimeout` calls the callback later and ignores what it returns')
    expect(timeout!.message).toContain('pass `(...args) => VT_spawn(fn, ...args)` instead')
    // Of other code nothing says it ignores the result: keeping the callback plain comes first.
    expect(lib!.message).toContain('Keep `flush` plain')
    for (const d of [forEach, timeout, lib]) expect(d!.message).toMatch(/ See https:\/\/github\.com\/vtify\/vtify\/blob\/main\/docs\/errors\.md#vt1002$/)
    expect(lib!.message).toContain('The callback `flush` passed to `onEvent`')
    expect(lib!.related[0]).toMatchObject({ file: 'main.ts', line: 4 })
  })

  it('VT1002: multistate functions inside an object handed to untransformed code (a property descriptor, a Proxy handler)', () => {
    const model = analyzeFixture('callbacks')
    expect(summarize(model).diagnostics.slice(3)).toEqual(['VT1002 main.ts:22:33', 'VT1002 main.ts:23:23', 'VT1002 main.ts:32:37'])
    const [descriptor, handler] = model.diagnostics.slice(3)
    expect(descriptor!.message).toContain('The callback `<callback to defineProperty>.get` passed to `ObjectConstructor.defineProperty` calls flush')
    expect(handler!.message).toContain('The callback `flush` passed to `new Proxy`')
    // `has: () => true` is plain: handing it over is fine; so is showing, comparing, copying or
    // serialising a multistate function, installing it as a property's value (inspect), or
    // removing it as a listener (unsubscribe): that code never calls it. A setter installed by a
    // descriptor map is called (descriptors).
    expect(model.diagnostics).toHaveLength(6)
    expect(model.diagnostics[5]!.message).toContain('<callback to defineProperties>.a.set')
  })

  it('VT1002: a multistate accessor in descriptors built in steps and handed over by name', () => {
    const model = analyzeFixture('descriptors-in-steps')
    // valueOnly, handed over by name too, holds no accessor: nothing to say of it.
    expect(summarize(model).diagnostics).toEqual(['VT1002 main.js:19:43', 'VT1002 main.js:27:50'])
    expect(model.diagnostics[0]!.message).toContain('The callback `accessors.busy.get` passed to `ObjectConstructor.defineProperties` calls VT_yield')
    expect(model.diagnostics[1]!.message).toContain('The callback `single.get` passed to `ObjectConstructor.defineProperty`')
  })

  it('VT1003: multistate calls inside an async function or a generator', () => {
    const model = analyzeFixture('async-generator')
    expect(summarize(model).diagnostics).toEqual(['VT1003 main.ts:8:3', 'VT1003 main.ts:12:3'])
    const [inAsync, inGenerator] = model.diagnostics
    expect(inAsync!.message).toContain('`await VT_run(() => ')
    expect(inAsync!.message).toContain('VT_await')
    // A generator cannot await: its advice is about its caller, not await.
    expect(inGenerator!.message).toContain('inside the generator')
    expect(inGenerator!.message).not.toMatch(/await/i)
    expect(inGenerator!.message).toMatch(/#vt1003$/)
    expect(model.functions.filter((f) => f.multistate).map((f) => f.name)).toEqual(['nap'])
  })

  it('VT1004: field initialisers, constructors, getters, setters and module top level', () => {
    const model = analyzeFixture('no-boundary')
    expect(summarize(model).diagnostics).toEqual([
      'VT1004 main.ts:8:12',
      'VT1004 main.ts:11:5',
      'VT1004 main.ts:15:5',
      'VT1004 main.ts:20:5',
      'VT1004 main.ts:25:1',
    ])
    const messages = model.diagnostics.map((d) => d.message)
    expect(messages[1]).toContain('constructor')
    expect(messages[2]).toContain('getter')
    expect(messages[2]).toMatch(/e\.g\. `\w+\.get[A-Z]\w*\(\)`/)
    expect(messages[4]).toContain('VT_run')
  })

  it('VT1004: methods JavaScript itself calls (iteration, conversion to a primitive)', () => {
    const model = analyzeFixture('implicit-calls')
    expect(summarize(model).diagnostics).toEqual([
      'VT1004 main.ts:6:5',
      'VT1004 main.ts:10:5',
      'VT1004 main.ts:22:5',
      'VT1004 main.ts:34:5',
      'VT1004 main.ts:42:5',
      // keys written as string literals: o['toString'] = …, { ['valueOf']() {…} }
      'VT1004 main.ts:51:5',
      'VT1004 main.ts:56:7',
      'VT1004 main.ts:80:5',
    ])
    expect(model.diagnostics[4]!.message).toContain('called by JavaScript itself when JSON.stringify serialises the object')
    expect(model.diagnostics[0]!.message).toContain('called by JavaScript itself for each for…of loop')
    expect(model.diagnostics[1]!.message).toContain('converts the object to a primitive')
    // keys that name Object.prototype's members (`constructor`) are no calls JavaScript makes
    expect(model.functions.filter((f) => f.multistate).map((f) => f.name)).toEqual([
      'Numbers.next',
      'main',
      'ordinary.constructor',
      "ordinary.['hasOwnProperty']",
      'useOrdinary',
    ])
    expect(model.diagnostics[5]!.message).toContain('converts the object to a primitive')
    expect(model.diagnostics[7]!.message).toContain('called by JavaScript itself when the block of a `using` declaration of the object ends')
  })

  it('VT0001: a syntax error is a diagnostic, not a crash', () => {
    const model = analyzeFixture('syntax-error')
    expect(model.diagnostics.map((d) => d.code)).toContain('VT0001')
    expect(model.diagnostics[0]).toMatchObject({ file: 'main.ts', line: 4 })
  })

  it('every diagnostic carries a range and says what to do', () => {
    for (const name of ['recursion', 'callbacks', 'async-generator', 'no-boundary', 'implicit-calls']) {
      for (const d of analyzeFixture(name).diagnostics) {
        expect(d.endLine >= d.line, `${name} ${d.code}`).toBe(true)
        expect(d.message.length, `${name} ${d.code}`).toBeGreaterThan(60)
      }
    }
  })
})
