import { format, plugins } from './pretty-format.js'
import { diff, diffLinesUnified, diffStringsUnified, diffStringsRaw, printDiffOrStringify } from './diff.js'
import { stringify, inspect, objDisplay } from './display.js'
import { deepClone, deepMerge, getType, objectAttr, toArray, unique } from './helpers.js'
import { attempt } from './attempt.js'

class Point {
  constructor(x, y) {
    this.x = x
    this.y = y
  }
}

const VALUES = [
  1,
  -0,
  NaN,
  'text\nwith "quotes"',
  [1, [2, [3, [4]]]],
  { a: 1, b: { c: [1, 2, { d: 'e' }] }, f: null, g: undefined },
  new Map([
    ['k', { v: 1 }],
    [{ o: 1 }, 'x'],
  ]),
  new Set([1, 'two', [3]]),
  new Point(1, 2),
  Symbol('s'),
  10n,
  new Date(0),
  /re+g/gi,
  new Error('boom'),
  function named() {},
  new Uint8Array([1, 2, 3]),
]

export function main() {
  const out = []
  for (const [i, v] of VALUES.entries()) {
    attempt(out, 'value ' + i, () => [format(v), format(v, { min: true, indent: 4 }), stringify(v), inspect(v), objDisplay(v), getType(v)])
  }
  const a = { name: 'a', list: [1, 2, 3, 4], nested: { deep: { x: 1, y: [true, false] } }, when: new Date(5) }
  const b = { name: 'b', list: [1, 3, 4, 5], nested: { deep: { x: 2, y: [true] } }, when: new Date(5) }
  attempt(out, 'diff objects', () => diff(a, b, { expand: false, contextLines: 1 }))
  attempt(out, 'diff lines', () => diffLinesUnified(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'e']))
  attempt(out, 'diff strings', () => [diffStringsUnified('the quick brown fox', 'the quack brown box'), diffStringsRaw('abcdef', 'abXdeYf', true)])
  attempt(out, 'print', () => printDiffOrStringify([1, { x: 2 }], [1, { x: 3 }], { expand: true }))
  attempt(out, 'plugins', () => format(new Map([['a', 1]]), { plugins: [plugins.Immutable, plugins.AsymmetricMatcher] }))
  attempt(out, 'helpers', () => [
    deepClone(a),
    deepMerge({ x: { y: 1 } }, { x: { z: 2 } }),
    objectAttr(a, 'nested.deep.y.0'),
    toArray(5),
    unique([1, 1, 2, 3, 3]),
  ])
  return out
}
