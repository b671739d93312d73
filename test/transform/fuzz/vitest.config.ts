// Each process of `npm run fuzz` (long.mjs) runs only the long fuzzing run; `vitest run` (the
// suite) does not include it.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/transform/fuzz/long.fuzz.ts'],
    // Progress lines as they come, not buffered per test.
    disableConsoleIntercept: true,
    // The worker keeps ~160 MB more after each batch of 250 programs (the batches' compiled
    // modules, which Node never unloads), so long.mjs runs at most 5,000 programs a process:
    // ~3.2 GB, beyond the default heap.
    execArgv: ['--max-old-space-size=8192'],
  },
})
