// Child process of allocation.test.ts (see measure.ts). Drives a hand-written machine through n
// VT_yield transitions, for n = 10^5 and n = 10^6.
//
//   argv[2]: 'spin' (bench/runtime/spin.ts, the shape the transform generates) or 'boxing' (the
//   same machine allocating one small object per transition: the control that shows the
//   measurement can see 16 bytes per transition).

import { Continuation, RETURN, VT_configure, VT_run, WAIT, kYield, take, threadEntry, VT_unreachable, type Signal } from '../../../runtime/index.js'
import { spin } from '../../../bench/runtime/spin.js'
import { printRuns } from './measure.js'

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
        take(k, k.value)
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

async function transitions(n: number): Promise<void> {
  const threads: Promise<number>[] = []
  for (let t = 0; t < THREADS; t++) threads.push(VT_run(machine, n / THREADS))
  await Promise.all(threads)
}

// Every swap continues at once instead of giving the host a turn (whose setImmediate allocates):
// the whole run is one round of the event loop, made only of state transitions.
VT_configure({ throwsPerHostTurn: Number.MAX_SAFE_INTEGER })
void printRuns(transitions, 1e5, 1e6)
