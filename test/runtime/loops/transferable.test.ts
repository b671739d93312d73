// Which live values may cross to another event loop (docs/runtime.md §14.3): those structured
// clone copies without changing their meaning. Each accepted kind is also cloned here, to check
// that it arrives as it left; each refused one names the part that would not.

import { describe, expect, it } from 'vitest'
import { asBuffers, untransferable } from '../../../runtime/loops/transferable.js'

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  norm(): number {
    return Math.hypot(this.x, this.y)
  }
}

/** A global RegExp after one match: exec starts the next one at lastIndex. */
function matchedOnce(): RegExp {
  const re = /a/g
  re.exec('aa')
  return re
}

function detachedBuffer(): ArrayBuffer {
  const buffer = new ArrayBuffer(8)
  structuredClone(buffer, { transfer: [buffer] })
  return buffer
}

function detachedView(): Uint8Array {
  const view = new Uint8Array(4)
  structuredClone(view.buffer, { transfer: [view.buffer] })
  return view
}

const cyclic: { self?: unknown; n: number } = { n: 1 }
cyclic.self = cyclic

const crosses: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 3.5],
  ['a bigint', 10n],
  ['a string', 'text'],
  ['a boolean', true],
  ['a plain object', { a: 1, b: [2, 'three'], c: { d: null } }],
  // eslint-disable-next-line no-sparse-arrays -- holes must stay holes
  ['an array with holes', [1, , 3]],
  [
    'a Map of plain data',
    new Map<unknown, unknown>([
      ['a', [1]],
      [2, { b: 3 }],
    ]),
  ],
  ['a Set', new Set([1, 'two', { three: 3 }])],
  ['a Date', new Date(86_400_000)],
  ['a RegExp', /a+b/giu],
  ['a global RegExp that has not matched yet', /a/g],
  ['an ArrayBuffer', new Uint8Array([1, 2, 3]).buffer],
  ['typed arrays', [new Uint8Array([1]), new Float64Array([0.5]), new BigInt64Array([7n])]],
  ['a DataView', new DataView(new ArrayBuffer(4))],
  ['a boxed string', Object('boxed') as object],
  ['a built-in error with a cause', new RangeError('out', { cause: new Error('inner') })],
  ['a SharedArrayBuffer', new SharedArrayBuffer(8)],
  ['a cycle', cyclic],
]

const refused: [string, unknown, string][] = [
  ['a function', () => 1, 'a function'],
  ['a symbol', Symbol('s'), 'a symbol'],
  ['a function inside an object', { handler: { run: () => 1 } }, '.handler.run is a function'],
  ['a function inside an array', [1, [2, () => 3]], '[1][1] is a function'],
  ['a class instance', new Point(1, 2), 'an instance of Point'],
  ['a class instance in a Map', new Map([['p', new Point(0, 0)]]), ".get('p') is an instance of Point"],
  ['a Map key that is a function', new Map([[() => 1, 1]]), ' (a key) is a function'],
  ['a Set member that is a class instance', new Set([new Point(1, 1)]), ' (a member) is an instance of Point'],
  ['a Map subclass', new (class Registry extends Map {})(), 'an instance of Registry'],
  ['a promise', Promise.resolve(1), 'a promise'],
  ['an iterator', [1, 2][Symbol.iterator](), "an iterator (Array Iterator: a for…of loop's, say — loop over an index instead)"],
  ['an anonymous class instance', new (class {})(), 'an object with a prototype of its own'],
  ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1 }), 'an object without a prototype'],
  ['a WeakMap', new WeakMap(), 'an instance of WeakMap'],
  ['an accessor', Object.defineProperty({}, 'x', { get: () => 1, enumerable: true }), 'an accessor (x)'],
  ['a non-enumerable property', Object.defineProperty({}, 'hidden', { value: 1 }), 'a non-enumerable property (hidden)'],
  ['a symbol key', { [Symbol('k')]: 1 }, 'a symbol-keyed property (Symbol(k))'],
  ['an error with a code', Object.assign(new Error('x'), { code: 'E_X' }), 'an error with a property of its own (code)'],
  ['an error class of its own', new (class NotFound extends Error {})('x'), 'an instance of NotFound'],
  ['a proxy of a plain object', new Proxy({ a: 1 }, {}), 'a proxy, which structured clone cannot copy'],
  ['a proxy inside an array', [1, new Proxy([2], {})], '[1] is a proxy'],
  ['a RegExp part way through its matches', matchedOnce(), 'a regular expression whose lastIndex is 1, which would arrive as 0'],
  [
    'a Map with a property of its own',
    Object.assign(new Map(), { owner: 'x' }),
    'an instance of Map with a property of its own (owner), which would be dropped',
  ],
  ['a Set with a property of its own', Object.assign(new Set(), { n: 1 }), 'an instance of Set with a property of its own (n)'],
  ['a Date with a property of its own', Object.assign(new Date(0), { zone: 'UTC' }), 'an instance of Date with a property of its own (zone)'],
  ['a boxed string with a property of its own', Object.assign(Object('ab') as object, { x: 1 }), 'an instance of String with a property of its own (x)'],
  ['a detached ArrayBuffer', detachedBuffer(), 'a detached ArrayBuffer, which cannot be copied'],
  ['a view of a detached ArrayBuffer', { bytes: detachedView() }, '.bytes is a view of a detached ArrayBuffer'],
]

describe('untransferable', () => {
  it.each(crosses)('lets %s cross, and structured clone copies it unchanged', (_name, value) => {
    const buffers: object[] = []
    expect(untransferable(value, buffers)).toBeNull()
    expect(buffers).toEqual([])
    expect(structuredClone(value)).toStrictEqual(value)
  })

  it.each(refused)('refuses %s, naming the part that would not arrive as it left', (_name, value, why) => {
    expect(untransferable(value, [])).toContain(why)
  })

  it('lets Buffers cross, lists each one once per place it is found, and asBuffers makes the copies Buffers again', () => {
    const pooled = Buffer.from('abc') // a view into Node's shared 8 KB pool, at an offset
    const alone = Buffer.alloc(16, 7)
    const value = { head: pooled, parts: [pooled, alone], plain: new Uint8Array([1]), byName: new Map([['k', alone]]) }
    const buffers: object[] = []
    expect(untransferable(value, buffers)).toBeNull()
    // each Buffer is listed where the walk first meets it within this value (a second sighting is the same object)
    expect(buffers).toEqual([pooled, alone])
    expect(buffers[0]).toBe(pooled)
    expect(buffers[1]).toBe(alone)
    // as a loop sends them: in one message, so that the list and the value share the copies
    const sent = structuredClone({ value, buffers })
    expect(Buffer.isBuffer(sent.value.head)).toBe(false)
    asBuffers(sent.buffers)
    expect(Buffer.isBuffer(sent.value.head)).toBe(true)
    expect(sent.value.head).toBe(sent.value.parts[0])
    expect(sent.value.head.toString()).toBe('abc')
    expect(sent.value.byName.get('k')).toBe(sent.value.parts[1])
    expect(sent.value.parts[1]).toEqual(Buffer.alloc(16, 7))
    expect(Buffer.isBuffer(sent.value.plain)).toBe(false)
  })

  it('refuses a Buffer whose memory was transferred away', () => {
    const bytes = Buffer.alloc(8)
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] })
    expect(untransferable({ bytes }, [])).toContain('.bytes is a view of a detached ArrayBuffer')
  })

  it('refuses what structured clone throws at: a proxy, a detached buffer', () => {
    expect(() => structuredClone(new Proxy({ a: 1 }, {}))).toThrow()
    expect(() => structuredClone(detachedBuffer())).toThrow()
    expect(() => structuredClone(detachedView())).toThrow()
  })

  it("refuses what structured clone changes: a RegExp's lastIndex, a Map's own property", () => {
    expect(structuredClone(matchedOnce()).lastIndex).toBe(0)
    expect(structuredClone(Object.assign(new Map(), { owner: 'x' }))).not.toHaveProperty('owner')
  })
})
