// Child process of test/transform/allocation.test.ts (see test/runtime/heap/measure.ts): runs
// `spin` of the compiled program in 100 threads, for the numbers of iterations given as
// arguments. The bundle decides what '#heap-program' and '#heap-runtime' are: the vtify output on
// vtify/runtime, or the oracle's reference program on its scheduler.

import { VT_configure, VT_run } from '#heap-runtime'
import { spin } from '#heap-program'
import { printRuns } from '../../runtime/heap/measure.js'

const THREADS = 100

function iterations(n: number): Promise<number[]> {
  return Promise.all(Array.from({ length: THREADS }, () => VT_run(spin, n / THREADS)))
}

// Every swap continues at once instead of giving the host a turn (whose setImmediate allocates);
// the oracle's scheduler ignores the option.
VT_configure({ throwsPerHostTurn: Number.MAX_SAFE_INTEGER })
void printRuns(iterations, Number(process.argv[2]), Number(process.argv[3]))
