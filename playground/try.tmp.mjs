import { chromium } from 'playwright-core'
import { serve } from './serve.mjs'
const { server, url } = await serve()
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium-headless-shell' })
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
page.on('console', m => console.log('console:', m.text()))
page.on('pageerror', e => console.log('pageerror:', e.message))
const t = Date.now()
await page.goto(url + (process.argv[2] ?? ''))
await page.waitForSelector('body[data-compiles="1"]', { timeout: 20000 })
console.log(Date.now() - t, 'ms', await page.textContent('#status'))
await page.screenshot({ path: '/tmp/shot.png' })
await browser.close(); server.close()
