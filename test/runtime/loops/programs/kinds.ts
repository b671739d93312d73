// A thread that keeps one live variable of every kind docs/runtime.md §14.3 lets cross, follows a
// clue to loop 1 and one back to loop 0, and describes what it holds on each loop: each kind must
// arrive as it left, both ways. The shared buffer is written on loop 1 and read on loop 0.

import { VT_clue, VT_follow, VT_join, VT_loop, VT_spawn, VT_start } from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const home = VT_clue('home') // row 0: loop 0
const away = VT_clue('away') // row 1: loop 1

interface Cycle {
  n: number
  self?: Cycle
  list: Cycle[]
}

/** What a value is and holds, in words that differ if any part of it changed on the way. */
function describe(value: unknown): string {
  if (value instanceof Map) return `Map(${[...value].map(([k, v]) => `${describe(k)}=>${describe(v)}`).join(' ')})`
  if (value instanceof Set) return `Set(${[...value].map(describe).join(' ')})`
  if (value instanceof Date) return `Date(${value.toISOString()})`
  if (value instanceof RegExp) return `RegExp(${value.source}/${value.flags} at ${value.lastIndex})`
  if (value instanceof Error) return `${value.constructor.name}(${value.message}${value.cause === undefined ? '' : ` cause ${describe(value.cause)}`})`
  if (value instanceof DataView) return `DataView(${value.byteOffset}+${value.byteLength} of ${value.buffer.byteLength}: ${value.getInt16(0)})`
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${Array.from(value as unknown as ArrayLike<unknown>, describe).join(',')})`
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${String(new Uint8Array(value))})`
  if (value instanceof SharedArrayBuffer) return `SharedArrayBuffer(${value.byteLength})`
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return `${value.constructor.name} object(${String(value.valueOf())})`
  if (Array.isArray(value)) return `[${Array.from({ length: value.length }, (_, i) => (i in value ? describe(value[i]) : 'hole')).join(',')}]`
  if (typeof value === 'string') return `string of ${value.length}: ${value.slice(0, 3)}`
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}:${describe(v)}`)
      .join(' ')}}`
  return `${typeof value} ${Object.is(value, -0) ? '-0' : String(value)}`
}

export function carry(shared: SharedArrayBuffer): string[] {
  const big = 2n ** 70n
  const negativeZero = -0
  const notANumber = NaN
  const text = 'ü\u{1F600}'.repeat(100) // longer than the ring takes: by the data port
  const flag = false
  const nothing = null
  const missing = undefined
  // eslint-disable-next-line no-sparse-arrays -- a hole must stay a hole
  const holes: (number | undefined)[] = [1, , 3]
  const map = new Map<unknown, unknown>([
    ['a', [1]],
    [2, { b: 3 }],
  ])
  const set = new Set<unknown>([1, 'two', { three: 3 }])
  const date = new Date(86_400_000)
  const pattern = /a+b/giu
  const buffer = new Uint8Array([1, 2, 3]).buffer
  const floats = new Float64Array([0.5, -0])
  const bigs = new BigInt64Array([7n, -8n])
  const clamped = new Uint8ClampedArray([255, 0])
  const window = new Int16Array(new Int16Array([9, -2, 5, 6]).buffer, 2, 2) // a view of part of a buffer
  const view = new DataView(new Int16Array([0, 0, 0]).buffer, 2, 4)
  view.setInt16(0, -300)
  const boxed = [Object('boxed') as string, Object(4) as number, Object(true) as boolean]
  const error = new RangeError('out', { cause: new TypeError('inner') })
  const cycle: Cycle = { n: 1, list: [] }
  cycle.self = cycle
  cycle.list.push(cycle, { n: 2, list: [cycle] })
  const sharedView = new Int32Array(shared)
  const seen: { loop: number; values: string[]; cycle: boolean }[] = []
  const route = [null, away, home]
  for (let stop = 0; stop < route.length; stop++) {
    const clue = route[stop]
    if (clue !== null && clue !== undefined) VT_follow(clue)
    // seen on loop 0 only if the buffer is shared, not copied
    if (VT_loop() === 1) Atomics.store(sharedView, 0, 42)
    const values = [
      big,
      negativeZero,
      notANumber,
      text,
      flag,
      nothing,
      missing,
      holes,
      map,
      set,
      date,
      pattern,
      buffer,
      floats,
      bigs,
      clamped,
      window,
      view,
      boxed,
      error,
    ]
    const cycleKept = cycle.self === cycle && cycle.list[0] === cycle && cycle.list[1]!.list[0] === cycle
    seen.push({ loop: VT_loop(), values: values.map(describe), cycle: cycleKept })
  }
  const [before, there, back] = seen as [(typeof seen)[0], (typeof seen)[0], (typeof seen)[0]]
  const lines = [`loops ${before.loop} ${there.loop} ${back.loop}; cycle kept ${there.cycle} ${back.cycle}; shared ${Atomics.load(sharedView, 0)}`]
  for (const [i, text] of before.values.entries()) {
    const same = there.values[i] === text && back.values[i] === text
    lines.push(same ? text : `${text} CHANGED: on loop 1 ${there.values[i]}, back ${back.values[i]}`)
  }
  return lines
}

export function main(): string {
  const shared = new SharedArrayBuffer(4)
  const lines = VT_join(VT_spawn(carry, shared))
  lines.push(`main sees shared ${Atomics.load(new Int32Array(shared), 0)}`)
  return lines.join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
