// Inlay hints: ⏸N before each state boundary, numbered per function in source order, and
// `⏸ multistate` after each multistate function's name; only inside the requested span.

import type ts from 'typescript'
import { describe, expect, it, vi } from 'vitest'
import * as compiler from '../../compiler/index.js'
import { createService } from './harness.js'

const source = `import { VT_read, VT_write } from 'vtify/runtime'

export function echo(ch: object): number {
  const c = new Uint8Array(1)
  while (VT_read(ch, c, 1) === 1) VT_write(ch, c, 1)
  return 0
}

export function twice(ch: object): void {
  echo(ch)
  echo(ch)
}

export function plain(x: number): number {
  return x + 1
}

export const later = (ch: object): number => echo(ch)
`

const all = { start: 0, length: source.length }
const show = (service: ReturnType<typeof createService>, hints: ts.InlayHint[]): string[] =>
  hints.map((h) => `${h.text}@${service.text('main.ts').slice(h.position, h.position + 8)}`)

describe('inlay hints', () => {
  const service = createService({ 'main.ts': source })
  const hints = (span: ts.TextSpan): ts.InlayHint[] => service.ls.provideInlayHints(service.path('main.ts'), span, undefined)

  it('numbers the state boundaries of each function and marks multistate declarations', () => {
    expect(show(service, hints(all))).toEqual([
      '⏸ multistate@(ch: obj',
      '⏸1@VT_read(',
      '⏸2@VT_write',
      '⏸ multistate@(ch: obj',
      '⏸1@echo(ch)',
      '⏸2@echo(ch)',
      '⏸ multistate@(ch: obj',
      '⏸1@echo(ch)',
    ])
  })

  it('places boundary hints before the call and declaration hints after the name', () => {
    const [declaration, boundary] = hints(all)
    expect(declaration).toMatchObject({ position: service.at('main.ts', 'echo(') + 'echo'.length, whitespaceBefore: true })
    expect(boundary).toMatchObject({ position: service.at('main.ts', 'VT_read(ch'), whitespaceAfter: true })
  })

  it('gives only the hints inside the requested span', () => {
    const start = service.at('main.ts', 'export function twice')
    const span = { start, length: service.at('main.ts', 'export function plain') - start }
    expect(hints(span).map((h) => h.text)).toEqual(['⏸ multistate', '⏸1', '⏸2'])
  })

  it('looks up only the functions in the span: a long file answers at once', () => {
    // 3,000 multistate functions on one line (minified code): the editor asks for the visible part.
    const line = `import { VT_yield } from 'vtify/runtime';${Array.from({ length: 3000 }, (_, i) => `export function f${i}() { VT_yield() };`).join('')}`
    const long = createService({ 'long.ts': line })
    const ask = (start: number): ts.InlayHint[] => long.ls.provideInlayHints(long.path('long.ts'), { start, length: 3000 }, undefined)
    ask(line.length - 3000) // the model, once
    const lookups = vi.spyOn(compiler, 'nodeAt')
    // About 75 functions in the span, each with its two hints.
    expect(ask(0).length).toBeGreaterThan(100)
    // Looking up every function of the file took over a second a request; now only the span's are.
    expect(lookups.mock.calls.length).toBeGreaterThan(50)
    expect(lookups.mock.calls.length).toBeLessThan(100)
    lookups.mockRestore()
  }, 60_000)

  it('follows an edit that makes a function single-state', () => {
    const edited = createService({ 'main.ts': source })
    edited.edit('main.ts', source.replace('while (VT_read(ch, c, 1) === 1) VT_write(ch, c, 1)', 'c[0] = 1'))
    expect(edited.ls.provideInlayHints(edited.path('main.ts'), all, undefined)).toEqual([])
  })
})
