// Primitives are recognised by symbol, through aliases, namespaces and re-exports — never by name.

import { describe, expect, it } from 'vitest'
import { analyzeFixture, summarize } from './summary.js'

describe('primitives by symbol', () => {
  it('aliases, namespace imports and re-exports are primitives; a user function named VT_read is not', () => {
    const model = analyzeFixture('primitive-aliases')
    expect(summarize(model)).toEqual({
      multistate: ['main.ts#aliased', 'main.ts#namespaced', 'main.ts#throughReexport'],
      boundaries: {
        'main.ts#aliased': ['read@7'],
        'main.ts#namespaced': ['vt.VT_sleep@10'],
        'main.ts#throughReexport': ['pause@16'],
      },
      diagnostics: [],
    })
    const aliased = model.functions.find((f) => f.name === 'aliased')!
    expect(aliased.boundaries[0]).toMatchObject({ kind: 'primitive', primitive: 'VT_read' })
    expect(model.functions.find((f) => f.name === 'ownFunction')?.multistate).toBe(false)
  })
})
