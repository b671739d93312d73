// `npm run conformance` (full.conformance.ts) and `npm run conformance:vendor`
// (vendor.conformance.ts); `vitest run` (the suite) runs only the sample, conformance.test.ts.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/conformance/*.conformance.ts'],
    disableConsoleIntercept: true,
  },
})
