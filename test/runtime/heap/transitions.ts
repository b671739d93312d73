// Child process of allocation.test.ts (run with node --expose-gc and a young generation large
// enough that no collection happens while a measurement runs). Drives a hand-written machine
// through n VT_yield transitions and prints, as JSON, the heap it allocated and the heap it
// retained, for n = 10^5 and n = 10^6. The test compares the two: a cost per transition shows as
// the difference; a cost per thread or per run does not.
//
//   argv[2]: 'spin' (bench/runtime/spin.ts, the shape the transform generates) or 'boxing' (the
//   same machine allocating one small object per transition: the control that shows the
//   measurement can see 16 bytes per transition).

import { Continuation, RETURN, VT_configure, VT_run, WAIT, kYield, take, threadEntry, VT_unreachable, type Signal } from '../../../runtime/index.js'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import { spin } from '../../../bench/runtime/spin.js'

declare const gc: () => void

class K_boxing extends Continuation {
  n: number
  i: number
  last: { i: number } | null
  constructor(n: number) {
    super(boxing$sm, 0)
    this.n = n
    this.i = 0
    this.last = null
  }
}

// spin$sm plus `k.last = { i: k.i }` in the resume state
function boxing$sm(k: K_boxing): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.i = 0
      // falls through
      case 1:
        if (!(k.i < k.n)) {
          k.value = k.n
          return RETURN
        }
        k.state = 2
        if (kYield(k) === WAIT) return WAIT
      // falls through
      case 2:
        take(k)
        k.last = { i: k.i }
        k.i++
        k.state = 1
        continue
    }
  }
}
function boxing(n: number): number {
  void n
  return VT_unreachable(boxing)
}
threadEntry(boxing, boxing$sm, (_self, args) => new K_boxing(args[0] as number))

const THREADS = 100
const machine = process.argv[2] === 'boxing' ? boxing : spin
/** Start times of the garbage collections V8 reported (delivered asynchronously). */
const collections: number[] = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push(entry.startTime)
}).observe({ entryTypes: ['gc'] })

async function transitions(n: number): Promise<void> {
  const threads: Promise<number>[] = []
  for (let t = 0; t < THREADS; t++) threads.push(VT_run(machine, n / THREADS))
  await Promise.all(threads)
}

/** Heap allocated while n transitions ran, collections meanwhile (must be 0), heap retained after. */
async function measure(n: number): Promise<{ allocated: number; retained: number; collections: number }> {
  gc()
  const start = performance.now()
  const { heapUsed: before } = process.memoryUsage()
  await transitions(n)
  const { heapUsed: after } = process.memoryUsage()
  const end = performance.now()
  gc()
  const retained = process.memoryUsage().heapUsed - before
  await new Promise((resolve) => setImmediate(resolve)) // let the observer see this run's collections
  const during = collections.filter((t) => t > start && t < end).length
  return { allocated: after - before, retained, collections: during }
}

async function main(): Promise<void> {
  // Every swap continues at once instead of giving the host a turn (whose setImmediate allocates):
  // the whole run is one round of the event loop, made only of state transitions.
  VT_configure({ throwsPerHostTurn: Number.MAX_SAFE_INTEGER })
  for (let i = 0; i < 3; i++) await transitions(1e6) // warm-up: JIT, ring buffers at their peak
  const small = await measure(1e5)
  const large = await measure(1e6)
  process.stdout.write(JSON.stringify({ small, large }))
}

void main()
