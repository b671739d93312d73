// The slot colouring (compiler/transform/slot-colouring.ts) colours without building the
// interference graph. Here it is compared with the definition it stands for — slots.ts's rules as
// an explicit graph, coloured greedily in the same order — on random modules: call graphs with
// shared callees, recursion (laid out for the editor), calls into other modules, functions in any
// order of the source. And its work on a chain f1 → … → fN, counted in colour marks, stays within
// Σ frame sizes — what the chain's continuation constructors print anyway (continuation.ts).

import { afterEach, describe, expect, it, vi } from 'vitest'
import ts from '#typescript'
import { colourGreedily, Marks } from '../../compiler/transform/slot-colouring.js'
import type { Machine } from '../../compiler/transform/machine.js'
import type { Layout, Variable } from '../../compiler/transform/variables.js'
import type { Interval } from '../../compiler/transform/live-ranges.js'

const declarations = ts.createSourceFile('m.ts', 'export function entry() {}\nfunction inner() {}', ts.ScriptTarget.ES2022, true).statements
const [EXPORTED, PLAIN] = declarations as unknown as [ts.FunctionDeclaration, ts.FunctionDeclaration]

interface Fake {
  layout: Layout
  stored: { range: Interval }[]
  calls: { callee: Layout | 'imported'; at: Interval }[]
  callees: Set<Layout>
  fn: ts.Node
}

/** A module of `n` functions: random live ranges, calls into random others (or, with `recursion`, any), some to other modules. */
function randomModule(n: number, seed: number, recursion: boolean): Map<Layout, Machine> {
  let s = seed
  const r = (k: number): number => (s = (s * 1664525 + 1013904223) >>> 0) % k
  const layouts = Array.from({ length: n }, (_, i) => ({ name: `f${i}` }) as unknown as Layout)
  const fakes: Fake[] = layouts.map((layout) => ({ layout, stored: [], calls: [], callees: new Set(), fn: r(3) === 0 ? EXPORTED : PLAIN }))
  for (const [i, f] of fakes.entries()) {
    for (let v = r(6); v > 0; v--) {
      const start = r(100)
      f.stored.push({ range: { start, end: start + r(40) } })
    }
    for (let c = r(5); c > 0; c--) {
      const at = r(100)
      const reachable = recursion ? n : n - i - 1
      if (r(6) === 0 || reachable === 0) f.calls.push({ callee: 'imported', at: { start: at, end: at + 3 } })
      else {
        const callee = layouts[recursion ? r(n) : i + 1 + r(reachable)]!
        f.calls.push({ callee, at: { start: at, end: at + 3 } })
        f.callees.add(callee)
      }
    }
  }
  // The source's order is not the call graph's: shuffle.
  const shuffled = fakes.map((f) => [r(1000), f] as const).sort((a, b) => a[0] - b[0])
  return new Map(
    shuffled.map(([, f]) => [f.layout, { stored: f.stored, ctx: { layout: f.layout, calls: f.calls, callees: f.callees, fn: f.fn } } as unknown as Machine]),
  )
}

/** slots.ts's rules as an explicit interference graph, coloured greedily: the definition. */
function byDefinition(machines: ReadonlyMap<Layout, Machine>): Map<Variable, number> {
  const overlap = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end
  const edges = new Map<Variable, Set<Variable>>()
  for (const m of machines.values()) for (const v of m.stored) edges.set(v, new Set())
  const link = (a: Variable, b: Variable): void => {
    if (a === b) return
    edges.get(a)!.add(b)
    edges.get(b)!.add(a)
  }
  const memo = new Map<Layout, Variable[]>()
  const frame = (layout: Layout): Variable[] => {
    let vars = memo.get(layout)
    if (!vars) {
      memo.set(layout, [])
      const m = machines.get(layout)
      vars = m ? [...m.stored, ...[...m.ctx.callees].flatMap(frame)] : []
      memo.set(layout, vars)
    }
    return vars
  }
  const exported = [...machines].filter(([, m]) => m.ctx.fn === EXPORTED).map(([layout]) => layout)
  for (const m of machines.values()) {
    for (const a of m.stored) for (const b of m.stored) if (overlap(a.range, b.range)) link(a, b)
    for (const call of m.ctx.calls) {
      const during = m.stored.filter((v) => overlap(v.range, call.at))
      for (const c of (call.callee === 'imported' ? exported : [call.callee]).flatMap(frame)) for (const v of during) link(v, c)
    }
  }
  const colour = new Map<Variable, number>()
  for (const m of machines.values()) {
    for (const v of [...m.stored].sort((a, b) => a.range.start - b.range.start)) {
      const taken = new Set([...edges.get(v)!].map((n) => colour.get(n)))
      let c = 0
      while (taken.has(c)) c++
      colour.set(v, c)
    }
  }
  return colour
}

/** f1 → f2 → … → fN, each with a parameter and a local live across its call. */
function chain(n: number): Map<Layout, Machine> {
  const layouts = Array.from({ length: n }, (_, i) => ({ name: `f${i}` }) as unknown as Layout)
  return new Map(
    layouts.map((layout, i) => {
      const next = layouts[i + 1]
      const ctx = { layout, fn: PLAIN, calls: next ? [{ callee: next, at: { start: 20, end: 30 } }] : [], callees: new Set(next ? [next] : []) }
      return [layout, { stored: [{ range: { start: 0, end: 10 } }, { range: { start: 10, end: 40 } }], ctx } as unknown as Machine]
    }),
  )
}

describe('slot colouring', () => {
  afterEach(() => vi.restoreAllMocks())

  it('colours as the interference graph of slots.ts would, in the same order', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const machines = randomModule(1 + (seed % 25), seed, seed % 4 === 0)
      const got = colourGreedily(machines)
      const want = byDefinition(machines)
      expect([...got]).toEqual([...want])
    }
  })

  it('marks no more colours than the frames a chain prints', () => {
    const marks = (n: number): number => {
      const spy = vi.spyOn(Marks.prototype, 'mark')
      colourGreedily(chain(n))
      const count = spy.mock.calls.length
      spy.mockRestore()
      return count
    }
    // f_i's constructor lists the slots of f_i … f_N: Σ frame sizes is 2 · N(N+1)/2 = N(N+1).
    for (const n of [100, 200, 400]) expect(marks(n)).toBeLessThanOrEqual(n * (n + 1))
  })
})
