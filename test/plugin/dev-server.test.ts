// The Vite dev server with vtify(): a module fetched over HTTP is the transform's output, and
// when another file's edit makes a function multistate, the module is re-transformed.

import fs from 'node:fs'
import path from 'node:path'
import { build, type ViteDevServer } from 'vite'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The dev server's compiler runs on a worker thread, which loads the built plugin (npm test builds first).
import vtify from '../../dist/bundle/plugin.js'
import { FIXTURES, STATUS_CHANGE, devServer, eventually, scratch, write } from './harness.js'

let server: ViteDevServer | undefined
let dir: string | undefined
afterEach(async () => {
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  server = undefined
  dir = undefined
})

async function fetchText(url: string, status = 200): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
  expect(response.status).toBe(status)
  return response.text()
}

/** A dev server on 127.0.0.1 over `root` (kept for afterEach); its base URL. */
async function serve(root: string): Promise<string> {
  const started = await devServer(root, vtify())
  server = started.server
  return started.base
}

// A loaded machine (the first request analyses, the first edit after a cached start loads the compiler) needs more than the default.
describe('vite dev server', { timeout: 90_000 }, () => {
  it('serves transformed modules and re-transforms importers whose output changed', async () => {
    dir = scratch({
      ...STATUS_CHANGE.files,
      'main.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function main(): number {\n  VT_yield()\n  return 2\n}\n",
    })
    const base = await serve(dir)

    const main = await fetchText(`${base}/main.ts`)
    expect(main).toContain('function main$sm(k)')
    expect(main).toContain('case 0:')
    expect(await fetchText(`${base}/worker.ts`)).not.toContain('worker$sm')

    const send = vi.spyOn(server!.environments.client.hot, 'send')
    const info = vi.spyOn(server!.environments.client.logger, 'info')
    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    const worker = await eventually(
      async () => {
        const text = await fetchText(`${base}/worker.ts`)
        return text.includes('function worker$sm(k)') ? text : undefined
      },
      30_000,
      'worker.ts to be re-transformed',
    )
    expect(worker).toContain('case 1:') // the call into step.ts is now a state boundary, resumed in state 1
    expect(send).toHaveBeenCalledWith({ type: 'full-reload' }) // a page running the old machines reloads
    // One line says why: the function whose status changed, its file, and what it recompiled.
    const lines = info.mock.calls.map(([message]) => message).filter((m) => m.includes('page reload'))
    expect(lines).toEqual(['vtify: page reload: step (step.ts) became multistate, which changes worker.ts'])
  })

  it('served from the cache a build left, still re-transforms importers after an edit', async () => {
    dir = scratch({ ...STATUS_CHANGE.files })
    const logs: string[] = []
    const lib = { entry: ['worker.ts', 'step.ts'], formats: ['es' as const] }
    await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      plugins: [vtify()],
      build: { write: false, lib, rolldownOptions: { onLog: (_l, log) => void logs.push(log.message) } },
    })
    expect(logs.find((m) => m.startsWith('vtify:'))).toMatch(/\(compiled: nothing cached yet\)$/)
    const base = await serve(dir)
    expect(await fetchText(`${base}/worker.ts`)).not.toContain('worker$sm')
    const send = vi.spyOn(server!.environments.client.hot, 'send')
    write(dir, 'step.ts', STATUS_CHANGE.multistateStep)
    await eventually(
      async () => ((await fetchText(`${base}/worker.ts`)).includes('function worker$sm(k)') ? true : undefined),
      30_000,
      'worker.ts to be re-transformed',
    )
    expect(send).toHaveBeenCalledWith({ type: 'full-reload' })
  })

  it('serves a module with a warning (VT3002), and says the warning as it serves it', async () => {
    const base = await serve(path.join(FIXTURES, 'unchecked-follow'))
    const warn = vi.spyOn(server!.environments.client.logger, 'warn')
    expect(await fetchText(`${base}/src/entry.ts`)).toContain('function main$sm(k)')
    const said = warn.mock.calls.map(([message]) => String(message))
    expect(said).toContainEqual(expect.stringMatching(/VT3002: input \(any\) is live across VT_follow in main\(\)/))
  })

  it('keeps serving and answers a module of a program with an error with the diagnostic', async () => {
    const base = await serve(path.join(FIXTURES, 'recursion'))
    const body = await fetchText(`${base}/src/main.ts`, 500)
    expect(body).toContain('VT1001: Recursion among multistate functions')
    expect(body).toContain('> 4 |   return ping(n)')
  })
})
