// VT_start's options are checked before any loop starts: a wrong one is a RangeError that names it.

import { describe, expect, it } from 'vitest'
import { VT_start } from '../../../runtime/index.js'

describe("VT_start's options", () => {
  it('refuses a spin that is not a number of microseconds from 0 to a second', () => {
    for (const spinMicros of [-5, NaN, 2_000_000]) {
      expect(() => VT_start(() => 1, { loops: 1, spinMicros })).toThrow(
        new RangeError(`VT_start: spinMicros must be a number of microseconds from 0 to 1,000,000, got ${spinMicros}`),
      )
    }
  })

  it('refuses a negative clue period and a loop count that is not a whole number from 1', () => {
    expect(() => VT_start(() => 1, { loops: 1, cluePeriodMs: -1 })).toThrow(/cluePeriodMs must be a number ≥ 0, got -1/)
    expect(() => VT_start(() => 1, { loops: 1.5 })).toThrow(/loops must be an integer from 1 to 64, got 1.5/)
  })
})
