// The continuation protocol: multistate calls and returns through the return stack, values in
// k.value, errors rethrown at the caller's resume state so try/catch/finally work across calls.

import { describe, expect, it } from 'vitest'
import { Continuation, VT_run, VT_stats, VT_stackOf, take } from '../../runtime/index.js'
import { THROWN, setError } from '../../runtime/protocol.js'
import { function1, guarded } from './machines/figure2.js'

describe('multistate calls in continuation-passing style', () => {
  it("runs the paper's Figure 2: two calls of function2, values through k.value", async () => {
    // function2(x) = 2x: local1 = 2·3 = 6, local2 = 2·(3+6) = 18
    expect(await VT_run(function1, 3)).toBe(24)
  })

  it('returns through try/finally: the finally block runs after the call returns', async () => {
    const log: string[] = []
    expect(await VT_run(guarded, 1, log)).toBe(2 + 6)
    expect(log).toEqual(['finally'])
  })

  it("rethrows a callee's error at the call site, two frames up, into catch and then finally", async () => {
    const log: string[] = []
    expect(await VT_run(guarded, -2, log)).toBe(-1)
    expect(log).toEqual(['caught negative: -2', 'finally'])
  })

  it('ends the thread with an error no frame catches, with the logical stack of where it was thrown', async () => {
    const error = await VT_run(function1, -1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RangeError)
    const stack = VT_stackOf(error)
    expect(stack).toMatch(/^logical stack of thread #\d+ function1:/)
    expect(stack?.split('\n').slice(1)).toEqual([
      '    at function2 (test/runtime/machines/figure2.ts:2)',
      '    at function1 (test/runtime/machines/figure2.ts:7)',
    ])
    expect((error as Error).stack).toContain('at function2 (test/runtime/machines/figure2.ts:2)')
  })

  it('keeps threads independent: each continuation has its own frames', async () => {
    const before = VT_stats()
    const results = await Promise.all([1, 2, 3, 4].map((x) => VT_run(function1, x)))
    expect(results).toEqual([8, 16, 24, 32])
    const after = VT_stats()
    expect(after.spawned - before.spawned).toBe(4)
    expect(after.returned - before.returned).toBe(4)
  })
})

describe('take(k, k.value)', () => {
  const fresh = (value: unknown): Continuation => {
    const k = new Continuation(() => 0, 0)
    k.value = value
    return k
  }

  it('returns the outcome and forgets a value that can keep memory alive', () => {
    const big = new Uint8Array(1 << 20)
    for (const value of [big, 'a line', { a: 1 }, () => 0, 10n]) {
      const k = fresh(value)
      expect(take(k, k.value)).toBe(value)
      expect(k.value).toBeUndefined()
    }
    for (const value of [undefined, 7, 0.5, true]) {
      const k = fresh(value)
      expect(take(k, k.value)).toBe(value)
    }
  })

  it('throws a pending error, once', () => {
    const k = fresh(undefined)
    const error = new Error('failed boundary')
    setError(k, error)
    expect(k.value).toBe(THROWN)
    expect(() => take(k, k.value)).toThrow(error)
    expect(k.value).toBeUndefined()
  })
})
