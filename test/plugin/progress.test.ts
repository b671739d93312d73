// plugin/progress.ts on a clock of the test's own: quiet for the first second, then a line at most
// every second, none for the last step (the closing line follows it).

import { describe, expect, it } from 'vitest'
import { Progress } from '../../plugin/progress.js'

describe('progress', () => {
  it('says nothing in the first second, then one line a second', () => {
    let clock = 0
    const lines: string[] = []
    const progress = new Progress(
      (line) => lines.push(line),
      () => clock,
    )
    progress.report(10, 100, 'files analysed')
    progress.announce('generating…')
    expect(lines).toEqual([])
    clock = 1000
    progress.report(40, 100, 'files analysed')
    clock = 1500
    progress.report(60, 100, 'files analysed')
    clock = 2100
    progress.report(90, 100, 'files analysed')
    progress.report(100, 100, 'files analysed')
    progress.announce('generating the state machines of 100 modules…')
    expect(lines).toEqual(['vtify: 40 of 100 files analysed', 'vtify: 90 of 100 files analysed', 'vtify: generating the state machines of 100 modules…'])
  })
})
