// `npm run fuzz` runs only the long fuzzing run; `vitest run` (the suite) does not include it.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/transform/fuzz/long.fuzz.ts'],
    // Progress lines as they come, not buffered per test.
    disableConsoleIntercept: true,
  },
})
