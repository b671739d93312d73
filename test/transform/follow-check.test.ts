// What a thread takes along when it follows a clue must cross to another event loop: the
// compiler checks the types of the variables live across each VT_follow and across the calls on
// the way to it (VT3001), and that no nested function is on the way (VT3003). docs/errors.md.

import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Project, resolveInput, transformProject } from '../../compiler/index.js'

const HEADER =
  "import net from 'node:net'\nimport { VT_clue, VT_follow, VT_handle, VT_spawn, VT_yield, type VThread, type VHandle } from 'vtify/runtime'\nconst far = VT_clue('far')\n"
const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

/** The transform's diagnostics for a one-module program (inside the repository, so that @types/node is found). */
function diagnose(source: string): { code: string; line: number; message: string }[] {
  const dir = fs.mkdtempSync(path.join(import.meta.dirname, '.follow-check-'))
  dirs.push(dir)
  fs.writeFileSync(path.join(dir, 'main.ts'), HEADER + source)
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022', types: ['node'] }, include: ['main.ts'] }),
  )
  const result = transformProject(new Project(resolveInput(dir)))
  return result.diagnostics.map((d) => ({ code: d.code, line: d.line - HEADER.split('\n').length + 1, message: d.message }))
}

describe('VT_follow: what crosses', () => {
  it('accepts plain data: numbers, strings, arrays, plain objects, Map and Set of them, typed arrays, handles, clues', () => {
    const source = `
export class Server { constructor(readonly port: number) {} listen(): void {} }
export function stage(n: number, names: string[], socket: net.Socket): number {
  const conn: VHandle<net.Socket> = VT_handle(socket)
  const bytes = new Uint8Array(n)
  const index = new Map<string, { at: number[]; when: Date }>()
  const seen = new Set(names)
  const route = [far, far]
  const server = new Server(n) // dead before the move: not taken along
  server.listen()
  const loose: unknown = names
  VT_follow(route[0]!)
  return bytes.length + index.size + seen.size + String(conn.id).length + names.length + String(loose).length
}
export function caller(n: number): number {
  const total = n * 2
  const result = stage(n, ['a'], new net.Socket())
  return result + total
}`
    expect(diagnose(source)).toEqual([])
  })

  const refused: [string, string, RegExp][] = [
    [
      'a function',
      'const f = () => n\nVT_follow(far)\nreturn f()',
      /^f \(\(\) => number\) is live across VT_follow in stage\(\) and cannot move to another event loop: it holds a function\./,
    ],
    [
      'a socket',
      'const s = new net.Socket()\nVT_follow(far)\ns.destroy()\nreturn n',
      /^s \(Socket\) is live across VT_follow in stage\(\) .*: it holds an instance of Socket, which would arrive without its prototype/,
    ],
    ['a class instance with methods', 'const c = new Counter()\nVT_follow(far)\nreturn c.next()', /^c \(Counter\) .*it holds an instance of Counter/],
    [
      'a union with a function',
      'let u: number | (() => number) = n\nif (n > 1) u = () => 2\nVT_follow(far)\nreturn typeof u === "number" ? u : u()',
      /^u \(number \| \(\(\) => number\)\) .*it holds a function/,
    ],
    [
      'an object with a function property',
      'const o = { n, get: () => n }\nVT_follow(far)\nreturn o.get()',
      /^o \(\{ n: number; get: \(\) => number; \}\) .*its \.get holds a function/,
    ],
    ['an array of promises', 'const ps = [Promise.resolve(n)]\nVT_follow(far)\nreturn ps.length', /^ps \(Promise<number>\[\]\) .*its elements holds a promise/],
    [
      'a thread handle',
      'const t: VThread<number> = VT_spawn(Math.abs, n)\nVT_follow(far)\nreturn t.id',
      /^t \(VThread<number>\) .*a thread handle \(VThread\)/,
    ],
    [
      'the iterator of a for…of',
      'let sum = 0\nfor (const x of [n]) {\n  VT_follow(far)\n  sum += x\n}\nreturn sum',
      /^the iterator of the loop or pattern at line \d+ is live across VT_follow .*loop over an index instead/,
    ],
  ]
  it.each(refused)('refuses %s live across it, naming the variable and its type (VT3001)', (_name, body, message) => {
    const source = `class Counter { i = 0; next(): number { return ++this.i } }\nexport function stage(n: number): number {\n${body}\n}`
    const found = diagnose(source)
    expect(found.map((d) => d.code)).toEqual(['VT3001'])
    expect(found[0]!.message).toMatch(message)
    expect(found[0]!.message).toMatch(/See https:\/\/github\.com\/vtify\/vtify\/blob\/main\/docs\/errors\.md#vt3001$/)
  })

  it('checks the callers on the way: their variables live across the call travel too', () => {
    const source = `
export function deep(): void {
  VT_follow(far)
}
export function middle(n: number): number {
  const keep = () => n
  deep()
  return keep()
}
export function top(): number {
  const ok = 3
  return middle(ok) + ok
}`
    const found = diagnose(source)
    expect(found).toEqual([
      {
        code: 'VT3001',
        line: 7,
        message: expect.stringMatching(/^keep \(\(\) => number\) is live across the call of deep\(\) in middle\(\), which follows a clue/),
      },
    ])
  })

  it('refuses `this` of a class method across it', () => {
    const source = 'export class Stage {\n  n = 1\n  run(): number {\n    VT_follow(far)\n    return this.n\n  }\n}'
    expect(diagnose(source)).toEqual([
      { code: 'VT3001', line: 4, message: expect.stringMatching(/^`this` \(Stage\) is live across VT_follow in Stage\.run\(\)/) },
    ])
  })

  it('refuses a nested function on the way (VT3003)', () => {
    const source = 'export function outer(n: number): number {\n  const inner = (): number => {\n    VT_follow(far)\n    return n\n  }\n  return inner()\n}'
    const found = diagnose(source)
    expect(found.map((d) => [d.code, d.line])).toEqual([['VT3003', 3]])
    expect(found[0]!.message).toMatch(/^inner\(\) is a nested function on the way to VT_follow .* Declare inner at module level/)
  })

  it('leaves programs without VT_follow alone', () => {
    expect(diagnose('export function f(n: number): number {\n  const g = () => n\n  VT_yield()\n  return g()\n}')).toEqual([])
  })
})
