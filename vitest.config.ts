import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Vitest's default keeps a core free (cores − 1): one test file at a time on the 2-core
    // machines CI runs on. The suite's time is spent in its workers (compiling, fuzzing), so
    // every core runs one: 925 s → 494 s of test files on this machine.
    maxWorkers: availableParallelism(),
  },
})
