// VT3002, a warning: a variable live across VT_follow (or across a call on the way to it) typed
// `any` or `unknown`, or with such a part and nothing refused elsewhere in its type, is what the
// compiler cannot check; the runtime checks it when the thread moves. The module is compiled all
// the same. docs/errors.md, VT3002.

import { describe, expect, it } from 'vitest'
import { codeFrame } from '../../compiler/index.js'
import { compile, locate, run } from './follow-harness.js'

const CLUE = "import { VT_clue, VT_follow } from 'vtify/runtime'\nexport const far = VT_clue('far')\n"

/** A function `stage` whose parameter `x` of type `type` is live across VT_follow. */
function live(type: string): string {
  return `${CLUE}
export function stage(x: ${type}): string {
  VT_follow(far)
  return String(x)
}
`
}

const SEE = 'See https://github\\.com/vtify/vtify/blob/main/docs/errors\\.md#vt3002$'

describe('VT3002: live across VT_follow, typed so that nothing can be told', () => {
  it.each([
    ['any', 'x \\(any\\) is live across VT_follow in stage\\(\\), and it is typed any'],
    ['unknown', 'x \\(unknown\\) is live across VT_follow in stage\\(\\), and it is typed unknown'],
  ])('warns of a variable typed %s at the VT_follow, naming it, with its declaration as related information', (type, head) => {
    const main = live(type)
    const { errors, warnings } = compile({ 'main.ts': main })
    expect(errors).toEqual([])
    const call = locate(main, 'VT_follow(far)')
    const declared = locate(main, `x: ${type}`)
    expect(warnings).toEqual([
      {
        file: 'main.ts',
        code: 'VT3002',
        line: call.line,
        column: call.column,
        endLine: call.line,
        endColumn: call.column + 'VT_follow(far)'.length,
        message: expect.stringMatching(
          new RegExp(
            `^${head}: vtify cannot check that it can move to another event loop\\. If it holds a function, a class instance, a socket or anything else that cannot cross, VT_follow throws a TypeError when the thread moves\\. Give it a precise type, or copy what the thread needs from it into plain data before the call\\. ${SEE}`,
          ),
        ),
        related: [{ file: 'main.ts', line: declared.line, column: declared.column, message: 'x is declared here' }],
      },
    ])
    const d = warnings[0]!
    expect(codeFrame(main, d.line, d.column, d.endColumn).split('\n')).toContain(`    |   ${'^'.repeat('VT_follow(far)'.length)}`)
    expect(codeFrame(main, d.line, d.column, d.endColumn)).toContain(`> ${d.line} |   VT_follow(far)`)
  })

  it.each([
    ['{ a: any; n: number }', /^x \(\{ a: any; n: number; \}\) is live across .*, and its \.a is typed any: /],
    ['Map<string, unknown>', /^x \(Map<string, unknown>\) .*, and its elements are typed unknown: /],
    ['{ list: any[] }', /^x \(\{ list: any\[\]; \}\) .*, and its \.list\[…\] is typed any: /],
  ])('warns of %s: a part typed any or unknown counts', (type, message) => {
    const { errors, warnings } = compile({ 'main.ts': live(type) })
    expect(errors).toEqual([])
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['VT3002', expect.stringMatching(message)]])
  })

  it('warns of an unconstrained type parameter, which can hold anything, and not of a constrained one', () => {
    const main = `${CLUE}
export function loose<T>(x: T): T {
  VT_follow(far)
  return x
}
export function tight<T extends number | string>(x: T): T {
  VT_follow(far)
  return x
}
`
    const { errors, warnings } = compile({ 'main.ts': main })
    expect(errors).toEqual([])
    expect(warnings.map((w) => [w.code, w.line, w.message])).toEqual([
      [
        'VT3002',
        locate(main, 'VT_follow(far)').line,
        expect.stringMatching(/^x \(T\) is live across VT_follow in loose\(\), and it is typed T, a type parameter without a constraint: /),
      ],
    ])
  })

  it.each([
    ['object', /^x \(object\) is live across VT_follow in stage\(\), and it is typed object: /],
    ['{}', /^x \(\{\}\) is live across VT_follow in stage\(\), and it is typed \{\}: /],
    ['Object', /^x \(Object\) is live across VT_follow in stage\(\), and it is typed Object: /],
    ['{ data: object }', /^x \(\{ data: object; \}\) .*, and its \.data is typed object: /],
  ])('warns of %s, which admits any object (a function or a class instance too)', (type, message) => {
    const { errors, warnings } = compile({ 'main.ts': live(type) })
    expect(errors).toEqual([])
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['VT3002', expect.stringMatching(message)]])
  })

  it('still refuses an instance of a class without members: it would arrive without its prototype', () => {
    const main = live('Empty').replace('export function stage', 'class Empty {}\nexport function stage')
    const { errors } = compile({ 'main.ts': main })
    expect(errors.map((e) => [e.code, e.message])).toEqual([['VT3001', expect.stringMatching(/an instance of Empty/)]])
  })

  it('gives nothing for precise transferable types', () => {
    for (const type of ['number', 'string[]', '{ a: number; b: { c: string[] } }', 'Map<string, Set<number>>', 'Date | null']) {
      expect(compile({ 'main.ts': live(type) }), type).toEqual({ errors: [], warnings: [] })
    }
  })

  it('reports a refused part as VT3001 only, even beside a part typed any', () => {
    const { errors, warnings } = compile({ 'main.ts': live('{ a: any; f: () => void }') })
    expect(errors.map((e) => [e.code, e.message])).toEqual([['VT3001', expect.stringMatching(/its \.f holds a function/)]])
    expect(warnings).toEqual([])
  })

  it('warns at the call on the way to VT_follow, in the caller whose variable is typed any', () => {
    const main = `${CLUE}
export function hop(n: number): number {
  VT_follow(far)
  return n + 1
}
export function caller(data: any): string {
  const next = hop(1)
  return String(data) + next
}
`
    const { errors, warnings } = compile({ 'main.ts': main })
    expect(errors).toEqual([])
    const call = locate(main, 'hop(1)')
    expect(warnings.map((w) => [w.code, w.line, w.column, w.message])).toEqual([
      [
        'VT3002',
        call.line,
        call.column,
        expect.stringMatching(/^data \(any\) is live across the call of hop\(\) in caller\(\), which follows a clue, and it is typed any: /),
      ],
    ])
  })

  it('compiles the program all the same: plain data typed any moves, a function typed any makes VT_follow throw when the thread moves (two event loops)', async () => {
    const main = `import { VT_clue, VT_follow, VT_loop, VT_start } from 'vtify/runtime'
const home = VT_clue('home') // loop 0
const away = VT_clue('away') // loop 1
function carry(value: any): string {
  VT_follow(away)
  return \`\${VT_loop()} \${JSON.stringify(value)}\`
}
export function main(): string {
  const moved = carry({ n: 1 })
  VT_follow(home)
  let refused: string
  try {
    refused = carry(() => 1)
  } catch (error) {
    refused = (error as Error).name
  }
  return \`\${moved}, \${refused}\`
}
void VT_start(main, { loops: 2, module: import.meta.url }).then((result) => console.log(result))
`
    expect(compile({ 'main.ts': main }).warnings.map((w) => w.code)).toEqual(['VT3002'])
    expect(await run(main)).toBe('1 {"n":1}, TypeError')
  })
})
