import * as fc from './fast-check.js'
import { attempt } from './attempt.js'

// Generated values and properties checked and shrunk, each from a fixed seed: arbitraries are
// classes that generate, map, filter and shrink through closures and lazy streams.
export function main() {
  const out = []
  const sample = (arb, seed, numRuns = 12) => fc.sample(arb, { seed, numRuns })
  out.push(sample(fc.integer({ min: -100, max: 100 }), 42))
  out.push(sample(fc.array(fc.string(), { maxLength: 4 }), 7))
  out.push(sample(fc.record({ a: fc.nat(), b: fc.boolean(), c: fc.constantFrom('x', 'y') }), 3))
  out.push(sample(fc.oneof(fc.integer(), fc.string(), fc.tuple(fc.nat(9), fc.nat(9))), 5))
  out.push(sample(fc.uniqueArray(fc.nat(20), { maxLength: 5 }), 9))
  out.push(sample(fc.dictionary(fc.string({ maxLength: 2 }), fc.double({ noNaN: true })), 13))
  out.push(sample(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), 17))
  out.push(
    sample(
      fc
        .nat()
        .map((n) => n * 2)
        .filter((n) => n % 3 !== 0),
      19,
    ),
  )
  out.push(
    sample(
      fc.nat(5).chain((n) => fc.array(fc.constant(n), { minLength: n, maxLength: n })),
      23,
    ),
  )
  out.push(sample(fc.letrec((tie) => ({ tree: fc.oneof({ depthSize: 'small' }, fc.nat(3), fc.tuple(tie('tree'), tie('tree'))) })).tree, 29))
  // Failing properties, shrunk to their smallest counterexample.
  const checked = (property, seed) => {
    const r = fc.check(property, { seed, numRuns: 200 })
    return [r.failed, r.numRuns, r.numShrinks, r.counterexample, r.counterexamplePath]
  }
  out.push(
    checked(
      fc.property(fc.array(fc.integer()), (xs) => xs.length < 3 || xs[0] <= xs[1]),
      11,
    ),
  )
  out.push(
    checked(
      fc.property(fc.string(), fc.string(), (a, b) => (a + b).length < 6),
      31,
    ),
  )
  out.push(
    checked(
      fc.property(fc.nat(), (n) => n < 1000),
      37,
    ),
  )
  out.push(
    checked(
      fc.property(fc.record({ x: fc.integer(), y: fc.integer() }), ({ x, y }) => x + y !== 7),
      41,
    ),
  )
  attempt(out, 'assert', () =>
    fc.assert(
      fc.property(fc.nat(), (n) => n < 50),
      { seed: 1 },
    ),
  )
  out.push(fc.stringify({ a: [1, 2n, new Map([[1, 'x']]), new Set(['y']), -0, undefined, Symbol.for('s')] }))
  return out
}
