// A web worker that runs threads, in a real `vite build` served by `vite preview` to headless
// Chromium: Vite bundles workers with `worker.plugins` only, which vtify joins (plugin/index.ts,
// config), so that the worker's multistate functions are state machines in the build as in dev.

import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { afterEach, expect, it } from 'vitest'
import vtify from '../../plugin/index.js'
import { RUNTIME_SOURCE, scratch } from './harness.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'

const FILES = {
  'package.json': JSON.stringify({ type: 'module' }),
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, lib: ['ES2022', 'DOM'] },
    include: ['src'],
  }),
  'index.html': '<!doctype html><html><body><script type="module" src="/src/main.ts"></script></body></html>\n',
  'src/counter.ts':
    "import { VT_yield } from 'vtify/runtime'\n\nexport function count(n: number): number {\n  let s = 0\n  for (let i = 0; i < n; i++) {\n    s += i\n    VT_yield()\n  }\n  return s\n}\n",
  'src/worker.ts':
    "import { VT_run } from 'vtify/runtime'\nimport { count } from './counter.ts'\n\nself.onmessage = async (e: MessageEvent<number>) => {\n  self.postMessage(await VT_run(count, e.data))\n}\n",
  'src/main.ts':
    "const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })\n" +
    'worker.onmessage = (e: MessageEvent<number>) => {\n  document.body.textContent = `sum ${e.data}`\n}\n' +
    'worker.onerror = (e) => {\n  document.body.textContent = `error ${e.message}`\n}\nworker.postMessage(10)\n',
}

let dir: string | undefined
let server: PreviewServer | undefined
afterEach(async () => {
  await server?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  server = dir = undefined
})

it('compiles the threads of a web worker in a build, which then run in the browser', { timeout: 120_000 }, async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium-headless-shell (or set CHROMIUM_PATH)`)
  dir = scratch(FILES)
  const config = { root: dir, configFile: false as const, logLevel: 'silent' as const, resolve: { alias: { 'vtify/runtime': RUNTIME_SOURCE } } }
  await build({ ...config, plugins: [vtify()], build: { outDir: path.join(dir, 'dist'), minify: false } })
  const worker = fs.readdirSync(path.join(dir, 'dist/assets')).find((f) => f.startsWith('worker-'))!
  expect(fs.readFileSync(path.join(dir, 'dist/assets', worker), 'utf8')).toContain('function count$sm(k)')

  server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0 }, build: { outDir: path.join(dir, 'dist') } })
  const { port } = server.httpServer.address() as AddressInfo
  const browser = await chromium.launch({ executablePath: CHROMIUM })
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => document.body.textContent !== '', undefined, { timeout: 30_000 })
    expect(await page.textContent('body')).toBe('sum 45') // 0 + 1 + … + 9, the thread having yielded ten times
  } finally {
    await browser.close()
  }
})
