// `vite build --watch` (rolldown's watcher): editing step.ts so that `step` becomes multistate
// rebuilds worker.ts, whose own text did not change, as a state machine.

import fs from 'node:fs'
import path from 'node:path'
import { build, type Rolldown } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import vtify from '../../plugin/index.js'
import { RUNTIME_SOURCE, STATUS_CHANGE, eventually, scratch, write } from './harness.js'

let watcher: Rolldown.RolldownWatcher | undefined
let dir: string | undefined
afterEach(async () => {
  await watcher?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('vite build --watch', () => {
  it('rebuilds a module when a function it calls in another file becomes multistate', async () => {
    const root = (dir = scratch(STATUS_CHANGE.files))
    const outFile = path.join(root, 'dist/worker.mjs')
    const result = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [vtify()],
      resolve: { alias: { 'vtify/runtime': RUNTIME_SOURCE } },
      build: {
        watch: {},
        minify: false,
        outDir: path.join(root, 'dist'),
        lib: { entry: 'worker.ts', formats: ['es'], fileName: 'worker' },
        rolldownOptions: { external: ['vtify/runtime'] },
      },
    })
    watcher = result as Rolldown.RolldownWatcher
    let builds = 0
    watcher.on('event', (event) => {
      if (event.code === 'BUNDLE_END') {
        builds++
        void event.result.close()
      }
    })
    const built = (n: number) => eventually(async () => (builds >= n ? fs.readFileSync(outFile, 'utf8') : undefined), 10_000, `build ${n}`)
    expect(await built(1)).not.toContain('worker$sm')
    write(root, 'step.ts', STATUS_CHANGE.multistateStep)
    const code = await built(2)
    expect(code).toContain('function worker$sm(k)')
    expect(code).toContain('function step$sm(k)')
  })
})
