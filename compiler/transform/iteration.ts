// The generated code of an iteration that spans a state boundary — a for…of, an array pattern —
// over the runtime's iterator record (runtime/iteration.ts): the record lives in the
// continuation, and knows whether the iterator is done, so that it is closed only while it is not.

/** `record = GetIterator(value)`. */
export function startIteration(record: string, value: string): string {
  return `${record} = vt$iterate(${value});`
}

/** The next value into `v`: undefined once the iterator is done (an element past the end). */
export function stepInto(record: string, v: string): string {
  return `${v} = ${record}.done ? undefined : vt$step(${record});`
}

/** A rest element: every value left. */
export function restInto(record: string, v: string): string {
  return `${v} = []; while (!${record}.done) { const vt$value = vt$step(${record}); if (!${record}.done) ${v}.push(vt$value); }`
}

/** An elision (`[, b]`): one value skipped. */
export function skipOne(record: string): string {
  return `if (!${record}.done) vt$step(${record});`
}

/** A pattern's end: an iterator not done is closed. */
export function finishIteration(record: string): string {
  return `if (!${record}.done) vt$close(${record}); ${record} = undefined;`
}

/** Leaving a for…of early (break, return, a jump out): its iterator is closed. */
export function closeIterator(record: string): string {
  return `vt$close(${record}); `
}

/** An exception leaving the iteration closes an iterator not done, and any error of `return` is dropped. */
export function closeOnThrow(record: string): string {
  return `if (!${record}.done) try { vt$close(${record}); } catch {}\n`
}
