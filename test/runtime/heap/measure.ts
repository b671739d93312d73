// The measurement of the zero-allocation tests (test/runtime/allocation.test.ts for hand-written
// machines, test/transform/allocation.test.ts for compiled code), run in a child `node
// --expose-gc` whose young generation is large enough that no collection happens while a run is
// measured. `run(n)` makes n state transitions; the heap it allocates and retains is measured for
// a small and a large n, and printed as JSON. The tests compare the two: a cost per transition
// shows as the difference; a cost per thread or per run does not.

import { PerformanceObserver, performance } from 'node:perf_hooks'

declare const gc: () => void

export interface Run {
  transitions: number
  allocated: number
  retained: number
  collections: number
}

/** Start times of the garbage collections V8 reported (delivered asynchronously). */
const collections: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push(entry.startTime)
}).observe({ entryTypes: ['gc'] })

/** Heap allocated while n transitions ran, collections meanwhile (must be 0), heap retained after. */
async function measure(run: (n: number) => Promise<unknown>, n: number): Promise<Run> {
  gc()
  const start = performance.now()
  const { heapUsed: before } = process.memoryUsage()
  await run(n)
  const { heapUsed: after } = process.memoryUsage()
  const end = performance.now()
  gc()
  const retained = process.memoryUsage().heapUsed - before
  await new Promise((resolve) => setImmediate(resolve)) // let the observer see this run's collections
  const during = collections.filter((t) => t > start && t < end).length
  return { transitions: n, allocated: after - before, retained, collections: during }
}

/** Warm up with `large` transitions three times (JIT, queues at their peak), then print both runs. */
export async function printRuns(run: (n: number) => Promise<unknown>, small: number, large: number): Promise<void> {
  for (let i = 0; i < 3; i++) await run(large)
  const runs = { small: await measure(run, small), large: await measure(run, large) }
  process.stdout.write(JSON.stringify(runs))
}
