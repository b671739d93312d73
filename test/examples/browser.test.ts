// examples/browser built by Vite with the vtify plugin and run in headless Chromium (Debian's
// chromium-headless-shell; .ci/run installs it — no browser is a failure, never a skip): the
// clock's VT_sleep loop, VT_await(fetch(…)), VT_read on a Web stream, and a channel between a
// producer and a consumer thread, all on the page's event loop. Served on loopback only.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'
const ROOT = fileURLToPath(new URL('../../examples/browser/', import.meta.url))
const STORY = fs.readFileSync(path.join(ROOT, 'public/story.txt'), 'utf8')

let outDir: string
let server: PreviewServer
let browser: Browser

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium-headless-shell (or set CHROMIUM_PATH)`)
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-browser-example-'))
  const config = { root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' as const, build: { outDir, emptyOutDir: true } }
  await build(config)
  server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1', strictPort: false } })
  browser = await chromium.launch({ executablePath: CHROMIUM })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true })
})

describe('examples/browser in Chromium', () => {
  it('runs its threads: clock, fetch, stream read, channel', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(server.resolvedUrls!.local[0]!)
    await page.waitForSelector('#status[data-done]', { timeout: 30_000 })
    const text = async (selector: string): Promise<string | null> => page.textContent(selector)
    expect(await text('#status')).toBe('done: 4 lines')
    expect(await text('#clock')).toBe('5')
    expect(await text('#quote')).toBe('Write concurrent code as plain blocking threads. — vtify')
    expect(await text('#bytes')).toBe(String(Buffer.byteLength(STORY)))
    expect(await page.$$eval('#lines li', (items) => items.map((li) => li.textContent))).toEqual(STORY.trimEnd().split('\n'))
    expect(errors).toEqual([])
  })
})
