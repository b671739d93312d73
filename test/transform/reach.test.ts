// A thread's reach (compiler/transform/continuation.ts): the functions a root reaches by CPS
// calls and the depth of its longest chain. A call graph whose callees are shared — a ladder of
// layers, each function calling both of the next layer — has 2^n paths through 2n functions; the
// walk looks up each function's machine a number of times that grows with the functions, not
// the paths (counted, not timed).

import { describe, expect, it } from 'vitest'
import { reach } from '../../compiler/transform/continuation.js'
import type { Machine } from '../../compiler/transform/machine.js'
import type { Layout } from '../../compiler/transform/variables.js'

/** Counts the lookups the walk makes. */
class CountingMap<K, V> extends Map<K, V> {
  gets = 0
  override get(key: K): V | undefined {
    this.gets++
    return super.get(key)
  }
}

function ladder(layers: number): { root: Machine; machines: CountingMap<Layout, Machine> } {
  const layouts = Array.from({ length: layers }, (_, i) => ['a', 'b'].map((p) => ({ name: `${p}${i}` }) as unknown as Layout))
  const machines = new CountingMap<Layout, Machine>()
  layouts.forEach((pair, i) => {
    for (const layout of pair) {
      const callees = new Set(layouts[i + 1] ?? [])
      machines.set(layout, { ctx: { layout, callees, importedCallees: new Set() } } as unknown as Machine)
    }
  })
  return { root: machines.get(layouts[0]![0]!)!, machines }
}

describe('reach', () => {
  it('gives the longest chain below a root', () => {
    const { root, machines } = ladder(5)
    const r = reach(root, machines)
    expect(r.depth).toBe('4')
    expect(r.layouts.map((l) => l.name)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'b4', 'b3', 'b2', 'b1'])
  })

  it('looks each function up once per call to it, not once per path to it', () => {
    const { root, machines } = ladder(16)
    machines.gets = 0
    expect(reach(root, machines).depth).toBe('15')
    // Two calls into each of the 30 functions below the first layer.
    expect(machines.gets).toBeLessThanOrEqual(2 * 2 * 16)
  })
})
