// The dev server's compiler on its worker thread (plugin/dev-compiler.ts): what it serves, before
// and after an edit, is what a compilation on the main thread gives; a project it cannot compile
// fails each request with the reason, and none waits forever. Uses the built plugin: the worker
// runs dist/plugin/compile-worker.js (npm test builds first).

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DevCompiler } from '../../dist/plugin/dev-compiler.js'
import { BuildSession as BuiltSession } from '../../dist/plugin/session.js'
import { servedOf } from '../../plugin/served.js'
import { BuildSession } from '../../plugin/session.js'
import type { BuildView } from '../../plugin/view.js'
import { STATUS_CHANGE, eventually, scratch, write } from './harness.js'

const opened: { dev: DevCompiler; dir?: string }[] = []
afterEach(() => {
  for (const { dev, dir } of opened.splice(0)) {
    dev.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  }
})

function devCompiler(target: string, progress: string[] = [], dir?: string, cacheDir: string | false = false): DevCompiler {
  const dev = new DevCompiler({ target, keepTypes: true, lazy: true, cacheDir }, (line) => void progress.push(line))
  opened.push({ dev, ...(dir && { dir }) })
  return dev
}

/** What a compilation on this thread serves for the project's file, as the worker must. */
async function servedHere(dir: string, name: string): Promise<unknown> {
  const view = await new BuildSession({ target: dir, keepTypes: true, lazy: true, cacheDir: false }).current()
  return servedOf(view, path.join(dir, name), true)
}

describe('the dev server compiler worker', { timeout: 60_000 }, () => {
  it('serves what the main thread would, and after an edit names the modules it changed and why', async () => {
    const dir = scratch({ ...STATUS_CHANGE.files })
    const dev = devCompiler(dir, [], dir)
    const emitted = new Map<string, string>()
    for (const name of ['worker.ts', 'step.ts']) {
      const served = await dev.serve(path.join(dir, name))
      expect(served).toEqual(await servedHere(dir, name))
      if (served.kind === 'code') emitted.set(path.join(dir, name), served.code)
    }
    expect(emitted.size).toBe(2)
    expect(await dev.isModule(path.join(dir, 'step.ts'))).toBe(true)
    expect(await dev.isModule(path.join(dir, 'elsewhere.ts'))).toBe(false)

    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const edit = await dev.edit(path.join(dir, 'step.ts'), emitted)
    expect(edit).toEqual({
      changed: [path.join(dir, 'worker.ts')],
      reason: 'vtify: page reload: step (step.ts) became multistate, which changes worker.ts',
    })
    const worker = await dev.serve(path.join(dir, 'worker.ts'))
    expect(worker).toEqual(await servedHere(dir, 'worker.ts'))
    expect(worker.kind === 'code' && worker.code).toContain('function worker$sm(k)')
  })

  it('writes the program to the cache once idle, at start and after an edit: a build then reads the code it served', async () => {
    const dir = scratch({ ...STATUS_CHANGE.files })
    // Outside the project: a directory the program is read from changes as the cache is written.
    const cacheDir = `${dir}-cache`
    const dev = devCompiler(dir, [], dir, cacheDir)
    opened.push({ dev, dir: cacheDir })
    const worker = path.join(dir, 'worker.ts')
    /** The build the cache answers with, once the worker has written it; read by the built plugin, as the worker is (the cache trusts one build of the compiler). */
    const cached = (what: string): Promise<BuildView> =>
      eventually(async () => new BuiltSession({ target: dir, keepTypes: true, cacheDir }).withoutCompiling(), 30_000, what)
    const served = await dev.serve(worker)
    expect(servedOf(await cached('the first entry'), worker, true)).toEqual(served)

    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const emitted = new Map([[worker, served.kind === 'code' ? served.code : '']])
    expect((await dev.edit(path.join(dir, 'step.ts'), emitted)).changed).toEqual([worker])
    const after = await dev.serve(worker)
    expect(after.kind === 'code' && after.code).toContain('function worker$sm(k)')
    expect(servedOf(await cached('the entry after the edit'), worker, true)).toEqual(after)
  })

  it('fails every request with the reason when the project cannot be read, and closes', async () => {
    const dir = scratch({})
    const dev = devCompiler(path.join(dir, 'missing', 'tsconfig.json'), [], dir)
    const reason = /^vtify: the dev server's compiler failed: .*tsconfig\.json/s
    await expect(dev.serve('/nowhere/main.ts')).rejects.toThrow(reason)
    await expect(dev.isModule('/nowhere/main.ts')).rejects.toThrow(reason)
    const pending = dev.edit('/nowhere/main.ts', new Map())
    dev.close()
    await expect(pending).rejects.toThrow(/the dev server's compiler stopped: the dev server closed/)
  })
})
