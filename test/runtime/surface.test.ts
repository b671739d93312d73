// runtime/surface.ts names what the compiler relies on of the runtime: every name it lists must be
// an export of runtime/index.ts of the right kind, and every public VT_* export must be listed.

import { describe, expect, it } from 'vitest'
import * as runtime from '../../runtime/index.js'
import { GENERATED_IMPORTS, PLAIN_FUNCTIONS, PRIMITIVE_FORMS, PUBLIC_VALUES, THREAD_STARTERS } from '../../runtime/surface.js'

const exports: Readonly<Record<string, unknown>> = runtime

describe('runtime/surface.ts', () => {
  it('lists every public VT_* export, each once', () => {
    const listed = [...Object.keys(PRIMITIVE_FORMS), ...THREAD_STARTERS, ...PLAIN_FUNCTIONS, ...PUBLIC_VALUES, 'VT_unreachable']
    const actual = Object.keys(exports).filter((name) => name.startsWith('VT_'))
    expect([...listed].sort()).toEqual([...actual].sort())
  })

  it('names functions the runtime exports: primitives, their k-passing forms, thread starters and the rest', () => {
    const functions = [...Object.entries(PRIMITIVE_FORMS).flat(), ...THREAD_STARTERS, ...PLAIN_FUNCTIONS]
    for (const name of functions) expect(typeof exports[name], name).toBe('function')
  })

  it('names exports for everything generated code imports, under distinct vt$ locals', () => {
    for (const name of Object.keys(GENERATED_IMPORTS)) expect(exports[name], name).toBeDefined()
    const locals = Object.values(GENERATED_IMPORTS)
    expect(new Set(locals).size).toBe(locals.length)
    for (const local of locals) expect(local).toMatch(/^vt\$/)
  })

  it('has generated code import every k-passing form', () => {
    for (const form of Object.values(PRIMITIVE_FORMS)) expect(GENERATED_IMPORTS).toHaveProperty(form)
  })
})
