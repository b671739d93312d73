// bench:resume-browser — bench:resume's loops (resume-runners.ts) in headless Chromium, where the
// host's turn is a MessageChannel task: the hand-written `spin` machine and vtify's compilation of
// blocking/spin.ts, with the runtime's default scheduling and with a host turn at every queue swap
// (the rule before 2026-12-06), against the same loop with `await` and with generators, 1 and
// 10,000 threads, best of 5, variants taking turns. Serves the benchmarks' build
// (node_modules/.cache/vtify-bench, made by `tsc -p bench/runtime` and bench/runtime/compile.mjs)
// on 127.0.0.1. Run: npm run bench:resume-browser (CHROMIUM_PATH overrides the browser).

import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = fileURLToPath(new URL('../../node_modules/.cache/vtify-bench/', import.meta.url))
const RESUMES = 2_000_000

// The page: every variant, taking turns; leaves { threads: { variant: ns } } in globalThis.result.
// Served at the build's own path, under which the compiled module imports the runtime (compile.mjs
// writes its absolute path): one URL, one instance of the runtime.
const page = `<!doctype html><script type="module">
import { awaitLoop, everySwap, generatorLoop, vtify } from './bench/runtime/resume-runners.js'
import { spin } from './bench/runtime/spin.js'
import { spin as compiledSpin } from './compiled/blocking/spin.js'
const RESUMES = ${RESUMES}
const variants = {
  'vtify, default': vtify(spin),
  'vtify compiled, default': vtify(compiledSpin),
  'vtify, host turn every swap': everySwap(vtify(spin)),
  'vtify compiled, host turn every swap': everySwap(vtify(compiledSpin)),
  'await loop': awaitLoop,
  'generator loop': generatorLoop,
}
const result = {}
for (const threads of [1, 10000]) {
  const best = {}
  for (let round = 0; round < 5; round++) {
    for (const [name, run] of Object.entries(variants)) {
      // a host turn per resume takes microseconds here: a tenth of the resumes is enough
      const resumes = threads === 1 && name.endsWith('every swap') ? RESUMES / 10 : RESUMES
      const start = performance.now()
      await run(threads, resumes / threads)
      best[name] = Math.min(best[name] ?? Infinity, ((performance.now() - start) * 1e6) / resumes)
    }
  }
  result[threads] = best
}
globalThis.result = result
</script>`

function serve() {
  const server = http.createServer((req, res) => {
    const file = path.normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname))
    if (file === path.join(root, 'index.html')) {
      res.setHeader('content-type', 'text/html')
      return res.end(page)
    }
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.statusCode = 404
      return res.end()
    }
    res.setHeader('content-type', 'text/javascript')
    res.end(fs.readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

const server = await serve()
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell' })
try {
  const tab = await browser.newPage()
  const errors = []
  tab.on('pageerror', (error) => errors.push(error.message))
  await tab.goto(`http://127.0.0.1:${server.address().port}${root}index.html`)
  await tab
    .waitForFunction(() => globalThis.result || null, null, { timeout: 300_000, polling: 500 })
    .catch((error) => {
      throw new Error(`the page did not finish: ${errors.join('; ') || error.message}`)
    })
  const result = await tab.evaluate(() => globalThis.result)
  console.log(
    `VT_yield in Chromium ${browser.version()}, ${RESUMES.toLocaleString('en')} resumes per run (a tenth with one thread and a host turn every swap), best of 5, variants taking turns`,
  )
  for (const [threads, best] of Object.entries(result)) {
    console.log(`\n${Number(threads).toLocaleString('en')} thread${threads === '1' ? '' : 's'}:`)
    for (const [name, ns] of Object.entries(best)) {
      const ratio = name.startsWith('vtify') ? `   await/vtify ${(best['await loop'] / ns).toFixed(2)}×` : ''
      console.log(`  ${name.padEnd(40)} ${ns.toFixed(1).padStart(8)} ns${ratio}`)
    }
  }
} finally {
  await browser.close()
  server.close()
}
