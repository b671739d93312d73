// `npm run fuzz` runs only the long fuzzing run; `vitest run` (the suite) does not include it.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/transform/fuzz/long.fuzz.ts'],
    // Progress lines as they come, not buffered per test.
    disableConsoleIntercept: true,
    // The worker keeps ~160 MB more after each batch of 250 programs (after collection), so the
    // default heap ran out at ~6,000. Not the compiler's: analysing and transforming in a loop in
    // plain Node stays at ~100 MB; most likely the batches' imported modules, which
    // vi.resetModules() did not release. 12 GB lasts ~70 batches, beyond the default 10 minutes;
    // a longer run needs a larger heap here.
    execArgv: ['--max-old-space-size=12288'],
  },
})
