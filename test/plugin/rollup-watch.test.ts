// Rollup watch mode: editing step.ts so that `step` becomes multistate re-transforms worker.ts,
// whose own text did not change, into a state machine.

import fs from 'node:fs'
import path from 'node:path'
import { watch, type RollupWatcher, type RollupWatcherEvent } from 'rollup'
import { afterEach, describe, expect, it } from 'vitest'
import vtify from '../../plugin/index.js'
import { STATUS_CHANGE, scratch, write } from './harness.js'

let watcher: RollupWatcher | undefined
let dir: string | undefined
afterEach(async () => {
  await watcher?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** The code of the next successful build, or the next error. */
function nextBuild(w: RollupWatcher): Promise<string> {
  return new Promise((resolve, reject) => {
    const onEvent = (event: RollupWatcherEvent): void => {
      if (event.code === 'ERROR') reject(event.error)
      if (event.code !== 'BUNDLE_END') return
      w.off('event', onEvent)
      event.result
        .generate({ format: 'es' })
        .then(({ output }) => resolve(output[0].code), reject)
        .finally(() => void event.result.close())
    }
    w.on('event', onEvent)
  })
}

describe('rollup watch', () => {
  it('re-transforms a module when a function it calls in another file becomes multistate', async () => {
    dir = scratch(STATUS_CHANGE.files)
    const plugin = vtify({ root: dir })
    watcher = watch({
      input: path.join(dir, 'worker.ts'),
      plugins: [plugin],
      external: ['vtify/runtime'],
      output: { dir: path.join(dir, 'dist') },
      onLog: () => undefined,
      watch: { buildDelay: 50 },
    })
    const first = await nextBuild(watcher)
    expect(first).not.toContain('worker$sm')
    const second = nextBuild(watcher)
    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const code = await second
    expect(code).toContain('function worker$sm(k)')
    expect(code).toContain('function step$sm(k)')
  })

  it('builds again when the tsconfig is edited, with its new options', async () => {
    // step.js is JavaScript: without allowJs the program does not read it, and worker's call of it is plain.
    dir = scratch({
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, allowJs: false }, include: ['*.ts'] }),
      'worker.ts': "import { step } from './step.js'\n\nexport function worker(): number {\n  return step() + 1\n}\n",
      'step.js': "import { VT_yield } from 'vtify/runtime'\n\nexport function step() {\n  VT_yield()\n  return 1\n}\n",
    })
    watcher = watch({
      input: path.join(dir, 'worker.ts'),
      plugins: [vtify({ root: dir })],
      external: ['vtify/runtime'],
      output: { dir: path.join(dir, 'dist') },
      onLog: () => undefined,
      watch: { buildDelay: 50 },
    })
    expect(await nextBuild(watcher)).not.toContain('worker$sm')
    const second = nextBuild(watcher)
    write(dir, 'tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, allowJs: true }, include: ['*.ts'] }))
    const code = await second
    expect(code).toContain('function worker$sm(k)')
    expect(code).toContain('function step$sm(k)')
  })
})
