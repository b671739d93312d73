// Arrays the runtime owns, handled with indexed loops and writes: no Array.prototype method, no
// iterator, no spread — user code may have replaced or deleted them (intrinsics.ts).

import { Array } from './intrinsics.js'

/** list.push(item) */
export function append<T>(list: T[], item: T): void {
  list[list.length] = item
}

/** Remove the first `item` from list, if it is there. */
export function remove<T>(list: T[], item: T): void {
  let i = 0
  while (i < list.length && list[i] !== item) i++
  if (i === list.length) return
  for (; i < list.length - 1; i++) list[i] = list[i + 1] as T
  list.length--
}

/** A copy of list sorted by key, ascending, equal keys in list order (a merge sort). */
export function sortedBy<T>(list: readonly T[], key: (item: T) => number): T[] {
  if (list.length < 2) return sliceFrom(list, 0)
  const middle = list.length >> 1
  const left = sortedBy(sliceFrom(list, 0, middle), key)
  const right = sortedBy(sliceFrom(list, middle), key)
  const out: T[] = []
  let i = 0
  let j = 0
  while (i < left.length || j < right.length) {
    const fromLeft = j === right.length || (i < left.length && key(left[i] as T) <= key(right[j] as T))
    out[out.length] = fromLeft ? (left[i++] as T) : (right[j++] as T)
  }
  return out
}

/** new Array(n).fill(value) */
export function filled<T>(n: number, value: T): T[] {
  const list = new Array<T>(n)
  for (let i = 0; i < n; i++) list[i] = value
  return list
}

/** list.slice(start, end); an array-like list is read as Array.from reads it. */
export function sliceFrom<T>(list: ArrayLike<T>, start: number, end = list.length): T[] {
  const copy: T[] = []
  for (let i = start; i < end; i++) copy[i - start] = list[i] as T
  return copy
}

/** [...a, ...b] */
export function concat<T>(a: readonly T[], b: readonly T[]): T[] {
  const both = sliceFrom(a, 0)
  for (let i = 0; i < b.length; i++) both[a.length + i] = b[i] as T
  return both
}
