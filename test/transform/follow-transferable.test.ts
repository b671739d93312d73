// What a thread takes along when it follows a clue to another event loop, checked at compile time
// (docs/runtime.md §14.3, docs/errors.md VT3001 and VT3003) — beyond follow-check.test.ts: where
// each diagnostic points (line, column, code frame, related location), programs of several
// modules, values a statement computes before a call on the way and uses after it (they travel
// as variables do), functions created more than once, and more of the types that cross or not.

import { describe, expect, it } from 'vitest'
import { codeFrame } from '../../compiler/index.js'
import { diagnose, locate, run } from './follow-harness.js'

const CLUE = "import { VT_clue, VT_follow } from 'vtify/runtime'\nexport const far = VT_clue('far')\n"

/** A module `stages.ts` whose functions follow the clue `far`: what callers in main.ts call on the way. */
const STAGES = `${CLUE}
export function hash(text: string): string {
  VT_follow(far)
  return text.toUpperCase()
}

export function count(n: number): number {
  VT_follow(far)
  return n + 1
}

export function pickStage(): () => number {
  VT_follow(far)
  return () => 1
}
`

describe('VT_follow: plain data crosses', () => {
  it('accepts plain data live across VT_follow and across the calls on the way, in another module', () => {
    const main = `import net from 'node:net'
import { VT_clue, VT_handle, type Clue, type VHandle } from 'vtify/runtime'
import { count, far, hash } from './stages.js'

const near = VT_clue('near')

const lanes = {
  // a method of a module-level object, and a static field's arrow: each created once
  run(n: number): number {
    return count(n)
  },
}
export class Stages {
  static hop = (n: number): number => count(n)
}

export function handle(n: number, name: string, sock: net.Socket, loose: unknown, untyped: any): string {
  const conn: VHandle<net.Socket> = VT_handle(sock)
  const point = { x: n, tags: [name], at: { when: new Date(0), pattern: /a+/ } }
  const bytes = new Uint8Array(n)
  const buffer = new ArrayBuffer(8)
  const index = new Map<string, Set<number>>([[name, new Set([n])]])
  const route: Clue[] = [far, near]
  const failure = new RangeError('plain')
  const big = BigInt(n)
  const total = n * 2 + count(n)
  const pair = [point, hash(name)]
  const more = lanes.run(total) + Stages.hop(total)
  const text = \`\${total}: \${hash(name)}\`
  return [conn.id, point.at.when, bytes.length, buffer.byteLength, index.size, route.length, failure.message, big, pair, more, text, loose, untyped].join()
}
`
    expect(diagnose({ 'stages.ts': STAGES, 'main.ts': main })).toEqual([])
  })
})

describe('VT_follow: where a diagnostic points', () => {
  it('reports the VT_follow call, with a code frame under it and the variable’s declaration as related information (VT3001)', () => {
    const main = `${CLUE}
export function handle(n: number): number {
  const twice = (x: number): number => x * n
  VT_follow(far)
  return twice(2)
}
`
    const found = diagnose({ 'main.ts': main })
    const call = locate(main, 'VT_follow(far)')
    const declared = locate(main, 'twice =')
    expect(found).toEqual([
      {
        file: 'main.ts',
        code: 'VT3001',
        line: call.line,
        column: call.column,
        endLine: call.line,
        endColumn: call.column + 'VT_follow(far)'.length,
        message: expect.stringMatching(
          /^twice \(\(x: number\) => number\) is live across VT_follow in handle\(\) and cannot move to another event loop: it holds a function\. Finish using it before the thread follows the clue, keep a socket, server or stream behind VT_handle\(…\), or pass what it holds as plain data\. See https:\/\/github\.com\/vtify\/vtify\/blob\/main\/docs\/errors\.md#vt3001$/,
        ),
        related: [{ file: 'main.ts', line: declared.line, column: declared.column, message: 'twice is declared here' }],
      },
    ])
    const d = found[0]!
    expect(codeFrame(main, d.line, d.column, d.endColumn).split('\n')).toEqual([
      `  ${d.line - 2} | export function handle(n: number): number {`,
      `  ${d.line - 1} |   const twice = (x: number): number => x * n`,
      `> ${d.line} |   VT_follow(far)`,
      `    |   ${'^'.repeat('VT_follow(far)'.length)}`,
      `  ${d.line + 1} |   return twice(2)`,
      `  ${d.line + 2} | }`,
    ])
  })

  it('reports a socket live in a caller in another module at that caller’s call, and accepts it kept behind VT_handle', () => {
    const main = `import net from 'node:net'
import { VT_handle, VT_write } from 'vtify/runtime'
import { hash } from './stages.js'

export function handle(sock: net.Socket, text: string): void {
  const digest = hash(text)
  sock.write(digest)
}

export function handled(sock: net.Socket, text: string): void {
  const conn = VT_handle(sock)
  const digest = hash(text)
  VT_write(conn, digest)
}
`
    const at = locate(main, 'hash(text)')
    expect(diagnose({ 'stages.ts': STAGES, 'main.ts': main })).toEqual([
      expect.objectContaining({
        file: 'main.ts',
        code: 'VT3001',
        line: at.line,
        column: at.column,
        message: expect.stringMatching(
          /^sock \(Socket\) is live across the call of hash\(\) in handle\(\), which follows a clue, and cannot move to another event loop: it holds an instance of Socket, which would arrive without its prototype/,
        ),
      }),
    ])
  })
})

describe('VT_follow: values computed before a call on the way and used after it', () => {
  /** main.ts of `body` inside `handle(sock, text)`, with hash from stages.ts. */
  const program = (body: string, before = ''): string =>
    `import net from 'node:net'\nimport { hash, pickStage } from './stages.js'\n${before}\nexport function handle(sock: net.Socket, text: string): unknown {\n${body}\n}\n`

  const format = 'function format(s: string): string {\n  return `<${s}>`\n}'
  /** What the body computes before `hash(text)` (the nth in the source) and uses after it, and where it is (the nth `held`). */
  const refused: [name: string, body: string, before: string, held: [string, number], call: number][] = [
    [
      "a method's function and receiver, read before its argument (one diagnostic, for the method)",
      '  return sock.write(hash(text))',
      '',
      ['sock.write', 1],
      1,
    ],
    ['a global’s method', "  console.log('digest', hash(text))\n  return 0", '', ['console.log', 1], 1],
    ['a module-level function called with the result', '  return format(hash(text))', format, ['format', 2], 1],
    [
      'the function a call returned, held while the next element is computed',
      '  return [pick(), hash(text)]',
      'function pick(): () => number {\n  return () => 1\n}',
      ['pick()', 2],
      1,
    ],
    [
      'the result of a call on the way, held while the next one runs: at the next call only (not yet computed during its own)',
      '  return [pickStage(), hash(text)]',
      '',
      ['pickStage()', 1],
      1,
    ],
    [
      'the left side of && while its right side runs',
      '  return check && hash(text)',
      'declare const check: ((s: string) => boolean) | undefined',
      ['check', 2],
      1,
    ],
    ['a callee read after an earlier call on the way: at the later call only', '  return [hash(text), format(hash(text))]', format, ['format', 2], 2],
  ]
  it.each(refused)('refuses %s (VT3001)', (_name, body, before, [held, heldNth], nth) => {
    const main = program(body, before)
    const call = 'hash(text)'
    const at = locate(main, call, nth)
    const heldAt = locate(main, held, heldNth)
    const found = diagnose({ 'stages.ts': STAGES, 'main.ts': main })
    expect(found).toEqual([
      {
        file: 'main.ts',
        code: 'VT3001',
        line: at.line,
        column: at.column,
        endLine: at.line,
        endColumn: at.column + call.length,
        message: expect.stringContaining(`the value of ${held} (`),
        related: [{ file: 'main.ts', line: heldAt.line, column: heldAt.column, message: `${held} is computed here, before the call that follows a clue` }],
      },
    ])
    expect(found[0]!.message).toMatch(
      /is live across the call of hash\(\) in handle\(\), which follows a clue, and cannot move to another event loop: it holds a function\. It is computed before hash\(\) and used after it: make that call first, into a variable/,
    )
  })

  it('accepts them once the call is made first, into a variable', () => {
    const main = program("  const digest = hash(text)\n  console.log('digest', digest)\n  return format(digest)", format)
    expect(diagnose({ 'stages.ts': STAGES, 'main.ts': main })).toEqual([])
  })

  it('accepts the left side of || and ?? while their right side runs: it is kept only when falsy or nullish', () => {
    const before = 'declare const fallback: (() => string) | undefined'
    const main = program("  if (text === '') return fallback ?? hash(text)\n  return fallback || hash(text)", before)
    expect(diagnose({ 'stages.ts': STAGES, 'main.ts': main })).toEqual([])
  })

  it('refuses the object a for…in iterates, kept for the whole loop', () => {
    const main = `${CLUE}
const handlers: Record<string, () => void> = {}
export function visit(): number {
  let n = 0
  for (const name in handlers) {
    VT_follow(far)
    n += name.length
  }
  return n
}
`
    const found = diagnose({ 'main.ts': main })
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['VT3001', locate(main, 'VT_follow(far)').line, 5]])
    expect(found[0]!.message).toMatch(
      /^the object the for…in at line 7 iterates \(handlers: Record<string, \(\) => void>\) is live across VT_follow in visit\(\) .*: its \[key\] holds a function\. List its keys first/,
    )
  })
})

describe('VT_follow: functions created more than once (VT3003)', () => {
  const cases: [name: string, source: string, at: [string, number], message: RegExp][] = [
    [
      'a nested function that calls its way to VT_follow',
      `import { hash } from './stages.js'
export function outer(text: string): string {
  const inner = (): string => hash(text)
  return inner()
}
`,
      ['hash(text)', 1],
      /^inner\(\) is a nested function on the way to VT_follow \(the call of hash\(\) in inner\(\), which follows a clue\): its code exists per call of the function around it, over that call's variables, so a thread in it cannot move to another event loop\. Declare inner at module level and pass what it uses as arguments\./,
    ],
    [
      'a method of a class declared in a function',
      `import { count } from './stages.js'
export function make(n: number): number {
  class Local {
    go(): number {
      return count(n)
    }
  }
  return new Local().go()
}
`,
      ['count(n)', 1],
      /^Local\.go\(\) is a nested function on the way to VT_follow/,
    ],
    [
      'an arrow in a class field, created per object',
      `import { count } from './stages.js'
export class Stage {
  n = 1
  run = (): number => count(this.n)
}
`,
      ['count(this.n)', 1],
      /^Stage\.run\(\) is a function created for each instance \(the value of a class field\) on the way to VT_follow .*: its code exists per object, so a thread in it cannot move to another event loop\. Make Stage\.run a method of the class/,
    ],
    [
      'a function written in a loop at module level',
      `import { count } from './stages.js'
export const steps: (() => number)[] = []
for (let i = 0; i < 2; i++) steps.push(() => count(i))
`,
      ['count(i)', 1],
      /^<callback to push>\(\) is a function created at each turn of the loop at line 3 on the way to VT_follow .*Declare <callback to push> once, before the loop/,
    ],
  ]
  it.each(cases)('refuses %s', (_name, main, [call, nth], message) => {
    const at = locate(main, call, nth)
    const found = diagnose({ 'stages.ts': STAGES, 'main.ts': main })
    expect(found.map((d) => [d.file, d.code, d.line, d.column])).toEqual([['main.ts', 'VT3003', at.line, at.column]])
    expect(found[0]!.message).toMatch(message)
  })
})

describe('VT_follow: types', () => {
  /** main.ts with a parameter `value` of `type` live across VT_follow. */
  const program = (type: string, before = ''): string => `import net from 'node:net'
import { Readable } from 'node:stream'
import type { FileHandle } from 'node:fs/promises'
import { VT_clue, VT_follow, type Clue } from 'vtify/runtime'
const far = VT_clue('far')
${before}
export function stage<T extends () => void, U>(value: ${type}): unknown {
  VT_follow(far)
  return value
}
`

  /** The parameter's type, as the message prints it (TypeScript's typeToString), why it cannot cross, and declarations it needs. */
  const refused: [type: string, printed: string, why: string, before?: string][] = [
    ['net.Server', 'Server', 'it holds an instance of Server, which would arrive without its prototype'],
    ['Readable', 'Readable', 'it holds an instance of Readable'],
    ['FileHandle', 'FileHandle', 'holds a function'], // one of its methods: which is first is @types/node's order
    ['WeakMap<object, number>', 'WeakMap<object, number>', 'it holds a WeakMap'],
    ['symbol', 'symbol', 'it holds a symbol'],
    ['Map<string, () => void>', 'Map<string, () => void>', 'its elements holds a function'],
    ['{ handlers: { on: () => void }[] }', '{ handlers: { on: () => void; }[]; }', 'its .handlers[…].on holds a function'],
    ['Function', 'Function', 'it holds a function'],
    ['T', 'T', 'it holds a function'],
    ['{ stages: Map<string, Step> }', '{ stages: Map<string, Step>; }', 'its .stages[…] holds an instance of Step', 'class Step {\n  run(): void {}\n}'],
    ['CodedError', 'CodedError', 'it holds an instance of CodedError', 'class CodedError extends Error {\n  code = 1\n}'],
    ['[number, Promise<number>]', '[number, Promise<number>]', 'its elements holds a promise'],
  ]
  it.each(refused)('refuses %s (VT3001)', (type, printed, why, before) => {
    const found = diagnose({ 'main.ts': program(type, before) })
    expect(found.map((d) => d.code)).toEqual(['VT3001'])
    const [head, reason] = found[0]!.message.split(' and cannot move to another event loop: ')
    expect(head).toBe(`value (${printed}) is live across VT_follow in stage()`)
    expect(reason).toContain(why)
  })

  const accepted = [
    'Clue',
    'Date | RegExp',
    'Uint8Array | ArrayBuffer',
    'Buffer',
    '{ head: Buffer; parts: Buffer[] }',
    'Error',
    'Map<string, Set<number>>',
    '{ a: { b: bigint[] } }',
    'U',
    'any',
    'unknown',
  ]
  it.each(accepted)('accepts %s', (type) => {
    expect(diagnose({ 'main.ts': program(type) })).toEqual([])
  })
})

describe('VT_follow: what the check reads is what the thread takes along', () => {
  it('leaves behind the method and receiver an earlier call on the way consumed, so the thread moves (two event loops)', async () => {
    // a.f() + a.g(): a and a.f are read for the first call only; the second call moves the thread.
    const main = `import { VT_clue, VT_follow, VT_loop, VT_start } from 'vtify/runtime'
const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1
export const lanes = {
  stay(): number {
    VT_follow(home)
    return VT_loop()
  },
  leave(): number {
    VT_follow(away)
    return VT_loop()
  },
}
export function main(): string {
  try {
    return \`loops \${lanes.stay() + lanes.leave()}\`
  } catch (error) {
    return (error as Error).message
  }
}
void VT_start(main, { loops: 2, module: import.meta.url }).then((result) => console.log(result))
`
    expect(await run(main)).toBe('loops 1')
  })
})
