// JavaScript's iteration protocol for generated code: a for…of or an array pattern whose
// iteration spans a state boundary keeps its iterator record in the continuation and steps it
// with these, as the language does — `next` read once when the iteration starts, each result
// checked to be an object, the iterator closed with `return` only while it is not done.
// (docs/transform.md, "for…of and array patterns across a boundary")

import { isObject, reflectApply, TypeError } from './intrinsics.js'

/** The language's Iterator Record. */
export interface IteratorRecord {
  readonly iterator: object
  readonly next: unknown
  /** Set before `next` is called and cleared when it gives a value: an error in next leaves it set. */
  done: boolean
}

/** GetIterator(value, sync): `value[Symbol.iterator]()`, and its `next` read once. */
export function iterate(value: unknown): IteratorRecord {
  const method = value == null ? undefined : (value as { [Symbol.iterator]?: unknown })[Symbol.iterator]
  if (typeof method !== 'function') throw new TypeError(`${describe(value)} is not iterable`)
  const iterator: unknown = reflectApply(method, value, [])
  if (!isObject(iterator)) throw new TypeError(`Result of the Symbol.iterator method is not an object`)
  return { iterator, next: (iterator as { next?: unknown }).next, done: false }
}

/** The next value, or undefined with `record.done` set when the iterator is done. */
export function iteratorStep(record: IteratorRecord): unknown {
  record.done = true
  const result: unknown = reflectApply(record.next as () => unknown, record.iterator, [])
  if (!isObject(result)) throw new TypeError(`Iterator result ${describe(result)} is not an object`)
  if ((result as IteratorResult<unknown>).done) return undefined
  const value = (result as IteratorResult<unknown>).value
  record.done = false
  return value
}

/** IteratorClose for a loop or pattern left early: `return()`, whose result must be an object. */
export function iteratorClose(record: IteratorRecord): void {
  record.done = true
  const method = (record.iterator as { return?: unknown }).return
  if (method == null) return
  const result: unknown = reflectApply(method as () => unknown, record.iterator, [])
  if (!isObject(result)) throw new TypeError(`Iterator result ${describe(result)} is not an object`)
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' || typeof value === 'function' ? 'object' : typeof value
}
