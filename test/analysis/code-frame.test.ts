import { describe, expect, it } from 'vitest'
import { codeFrame } from '../../compiler/index.js'

describe('codeFrame', () => {
  it('marks the column range under the line, with context lines', () => {
    const src = 'a\nb\nconst x = f(1)\nd\ne\nf'
    expect(codeFrame(src, 3, 11, 15)).toBe(['  1 | a', '  2 | b', '> 3 | const x = f(1)', '    |           ^^^^', '  4 | d', '  5 | e'].join('\n'))
  })

  it('clips at the start and end of the file', () => {
    expect(codeFrame('only', 1, 1)).toBe('> 1 | only\n    | ^')
  })
})
