// Heap measurement for the memory benchmarks (node --expose-gc).

const gc = (globalThis as { gc?: () => void }).gc

/** Bytes in use after full collections: V8's heap and what it holds outside it (ArrayBuffers). */
export function heapInUse(): number {
  if (gc === undefined) throw new Error('run with node --expose-gc (the npm scripts do)')
  gc()
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.external
}

/** One host turn and a little more: spawned threads and async functions reach their first wait. */
export const turn = (ms = 20): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Until `done()`: a round gives the host a turn every 16,384 throws (docs/semantics.md,
 * "Scheduling"), so 100,000 threads reach their first wait over several host turns, not one.
 */
export async function until(done: () => boolean): Promise<void> {
  while (!done()) await turn(1)
}
