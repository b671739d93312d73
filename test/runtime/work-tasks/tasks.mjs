/* global setTimeout */
// Work functions for test/runtime/work.test.ts, imported by pool threads by URL (VT_task): plain
// JavaScript, since a worker thread loads it without vitest's transform.

export function add(a, b) {
  return a + b
}

/** Throws from a nested frame, so that the pool thread's stack has two of this module's frames. */
export function fails(message) {
  return inner(message)
}

function inner(message) {
  const error = new RangeError(message)
  error.code = 'E_TEST'
  throw error
}

/** Blocks its kernel thread for up to ms (cancellation stops it earlier, with its thread). */
export function block(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
  return 'woke'
}

/** CPU work: the number of primes below n. */
export function primes(n) {
  let count = 0
  for (let i = 2; i < n; i++) {
    let prime = true
    for (let d = 2; d * d <= i; d++)
      if (i % d === 0) {
        prime = false
        break
      }
    if (prime) count++
  }
  return count
}

export function exits(code) {
  process.exit(code)
}

export function returnsFunction() {
  return () => 1
}

export async function later(value) {
  await new Promise((resolve) => setTimeout(resolve, 1))
  return value
}
