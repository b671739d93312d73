// The built CommonJS plugin (dist/ts-plugin, written by `npm run build`), loaded as tsserver loads
// it: resolved by node10 rules (no package exports) from a node_modules that holds vtify, then
// required, then called with the typescript module.

import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'
import type { VtifyPlugin } from '../../ts-plugin/index.js'
import { createService, ROOT } from './harness.js'
import { linkedInstall, REPO } from './install.js'

const BUNDLE = path.join(REPO, 'dist/ts-plugin/index.js')

describe('the CommonJS bundle', () => {
  const dir = linkedInstall('vtify-bundle-')
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('is what tsserver finds for vtify/ts-plugin', () => {
    // The resolver tsserver's plugin loader calls (node10 rules, JavaScript only, no exports map);
    // internal to TypeScript, hence the cast.
    const { resolveJSModule } = ts as unknown as { resolveJSModule(name: string, dir: string, host: ts.System): string }
    expect(resolveJSModule('vtify/ts-plugin', path.join(dir, 'node_modules'), ts.sys)).toBe(BUNDLE)
    expect(createRequire(path.join(dir, 'index.js')).resolve('vtify/ts-plugin')).toBe(BUNDLE)
  })

  it('exports the plugin factory and loads no typescript of its own', () => {
    const text = fs.readFileSync(BUNDLE, 'utf8')
    expect(text).not.toMatch(/require\(["']typescript["']\)/)
    const init = createRequire(BUNDLE)(BUNDLE) as (modules: { typescript: typeof ts }) => VtifyPlugin
    expect(typeof init).toBe('function')
  })

  it('decorates a language service once, with the injected typescript', () => {
    const init = createRequire(BUNDLE)(BUNDLE) as (modules: { typescript: typeof ts }) => VtifyPlugin
    const { base } = createService({ 'main.ts': `import { VT_yield } from 'vtify/runtime'\nexport function f(): void {\n  VT_yield()\n}\n` })
    const project = { getCurrentDirectory: () => ROOT, projectService: { logger: { info: () => {} } } }
    const plugin = init({ typescript: ts })
    const once = plugin.create({ languageService: base, project })
    expect(plugin.create({ languageService: once, project })).toBe(once)
    expect(once.provideInlayHints(`${ROOT}/main.ts`, { start: 0, length: 100 }, undefined).map((h) => h.text)).toEqual(['⏸ multistate', '⏸1'])
  })
})
