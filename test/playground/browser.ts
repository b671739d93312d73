// The playground's static build served locally, and headless Chromium (Debian's
// chromium-headless-shell; .ci/run installs it). No browser is a failure, never a skip.

import fs from 'node:fs'
import type { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import { serve } from '../../playground/serve.mjs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'

export interface Site {
  url: string
  browser: Browser
  close(): Promise<void>
}

/** Build the site (vtify's dist/ must be built: `npm test` builds first), serve it, start Chromium. */
export async function openSite(): Promise<Site> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium-headless-shell (or set CHROMIUM_PATH)`)
  await build({ configFile: fileURLToPath(new URL('../../playground/vite.config.ts', import.meta.url)), logLevel: 'warn' })
  const { server, url } = await serve(0)
  const browser = await chromium.launch({ executablePath: CHROMIUM })
  return { url, browser, close: () => closeAll(browser, server) }
}

async function closeAll(browser: Browser, server: Server): Promise<void> {
  await browser.close()
  await new Promise((resolve) => server.close(resolve))
}

/** A page whose errors fail the test that reads them; `init` runs in it before its scripts. */
export async function newPage(site: Site, hash = '', init?: () => void): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 1600, height: 1000 } })
  page.setDefaultTimeout(60_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  if (init) await page.addInitScript(init)
  await page.goto(site.url + hash)
  return { page, errors }
}
