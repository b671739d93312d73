// Which modules are evaluated before a module (compiler/transform/evaluated-modules.ts) is asked
// by each module that calls another's function through a value. The walk of the imports stops
// at the module asked about: over a chain of modules, each calling the next one's exported arrow,
// the relative specifiers it works out grow with the modules, not with the pairs of modules
// (counted, not timed).

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Project, resolveInput, transformProject } from '../../compiler/index.js'

function valueChain(n: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-evaluated-'))
  for (let m = 0; m < n; m++) {
    const head = `import { VT_yield } from 'vtify/runtime'\n`
    const text =
      m + 1 === n
        ? `${head}export const h${m} = (x: number): number => { VT_yield(); return x }\n`
        : `${head}import { h${m + 1} } from './m${m + 1}.js'\nexport const h${m} = (x: number): number => h${m + 1}(x + 1) + 1\n`
    fs.writeFileSync(path.join(dir, `m${m}.ts`), text)
  }
  return dir
}

describe('modules evaluated first', () => {
  afterEach(() => vi.restoreAllMocks())

  it('works out a specifier per module asked about, not per module reached', () => {
    const relatives = (n: number): number => {
      const dir = valueChain(n)
      const spy = vi.spyOn(path.posix, 'relative')
      const result = transformProject(new Project(resolveInput(dir)))
      expect(result.diagnostics).toEqual([])
      // Each module imports the next one's helpers: the calls are CPS calls through the value.
      expect(result.outputs.get('m0.ts')).toContain(`from "./m1.js"`)
      // The specifiers of modules of the chain (`…/m7.js`), not the source maps' or the output's paths.
      const count = spy.mock.calls.filter(([, to]) => /\/m\d+\.js$/.test(to)).length
      spy.mockRestore()
      return count
    }
    // Walked whole for each module, the 10 modules worked out 36 specifiers.
    expect(relatives(10)).toBeLessThanOrEqual(10)
    expect(relatives(20)).toBeLessThanOrEqual(20)
  })
})
