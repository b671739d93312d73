// `vtify build`: the corpus compiled to plain JavaScript runs under Node on the built runtime
// (the output imports 'vtify/runtime', resolved through the package's own exports).

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../cli/main.js'

const CORPUS = path.resolve(import.meta.dirname, 'corpus')
// Inside the package (not in node_modules) so that 'vtify/runtime' resolves to dist/runtime.
const OUT = path.resolve(import.meta.dirname, `.build-${process.pid}`)

function sink(): NodeJS.WritableStream & { text: string } {
  const s = { text: '', write: (chunk: string) => ((s.text += chunk), true) }
  return s as unknown as NodeJS.WritableStream & { text: string }
}

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }))

describe('vtify build', () => {
  it('writes one .js per module, runnable under Node', async () => {
    const out = sink()
    expect(await main(['build', CORPUS, '-o', OUT], out, sink())).toBe(0)
    expect(out.text).toMatch(/modules written to/)
    expect(fs.readFileSync(path.join(OUT, 'cross-module.js'), 'utf8')).toContain('from "./_helper.js"')
    const script = `import { VT_run } from 'vtify/runtime'; import { main } from './figure2.js'; const log = []; console.log(await VT_run(main, log), log.join(' '))`
    fs.writeFileSync(path.join(OUT, 'run.mjs'), script)
    const printed = execFileSync(process.execPath, [path.join(OUT, 'run.mjs')], { encoding: 'utf8' })
    expect(printed.trim()).toBe('24 function2(3) function2(9)') // 6 + function2(3 + 6)
  })

  it('writes a source map beside each module, naming its original file', async () => {
    expect(await main(['build', CORPUS, '-o', OUT], sink(), sink())).toBe(0)
    const js = fs.readFileSync(path.join(OUT, 'figure2.js'), 'utf8')
    expect(js.trimEnd().split('\n').at(-1)).toBe('//# sourceMappingURL=figure2.js.map')
    const map = JSON.parse(fs.readFileSync(path.join(OUT, 'figure2.js.map'), 'utf8')) as { file: string; sources: string[]; sourcesContent: string[] }
    expect(map.file).toBe('figure2.js')
    expect(map.sources.map((s) => path.resolve(OUT, s))).toEqual([path.join(CORPUS, 'figure2.ts')])
    expect(map.sourcesContent).toEqual([fs.readFileSync(path.join(CORPUS, 'figure2.ts'), 'utf8')])
  })

  it('reports diagnostics with a code frame and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(OUT + '-bad'))
    fs.writeFileSync(path.join(dir, 'main.ts'), `import { VT_yield } from 'vtify/runtime'\nexport class C {\n  ['f']() {\n    VT_yield()\n  }\n}\n`)
    const err = sink()
    try {
      expect(await main(['build', dir, '-o', path.join(dir, 'out')], sink(), err)).toBe(1)
      expect(err.text).toMatch(/main\.ts:3:3 - error VT2001/)
      expect(err.text).toMatch(/> 3 \| {3}\['f'\]\(\) \{/)
      expect(fs.existsSync(path.join(dir, 'out'))).toBe(false)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('needs an output directory', async () => {
    const err = sink()
    expect(await main(['build', CORPUS], sink(), err)).toBe(2)
    expect(err.text).toMatch(/-o <outdir>/)
  })
})
