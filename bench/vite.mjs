// bench:vite — what vtify() adds to Vite, on the generated 20k-line, 100-module project (plus a
// two-file pair for the hot update), every figure a ratio to plain Vite in the same run:
//
// - `vite build` (every module an entry of an ES library build, nothing written, vtify/runtime
//   external): without vtify; with vtify and no cache (cold); with the cache and nothing changed
//   (warm); after a one-file edit. Each build in a fresh Node process (loading TypeScript is
//   part of vtify's cost), variants alternating, three rounds, medians.
//   Budgets: warm ≤ 1.25×, after an edit ≤ 1.5×, cold ≤ 3×.
// - the dev server ready (createServer + listen, fresh process, cache warm): ≤ 1.3×.
// - a hot update: an edit of hmr-step.ts that makes its function multistate, so hmr-worker.ts is
//   re-transformed and the page reloads: from the file write to the reload sent, median of the
//   edits after the first: ≤ 150 ms. The first edit comes right after the page loaded (the dev
//   server's compiler worker is still loading TypeScript and analysing), or, in the third
//   variant, 5 s after (it is ready).
// - `vtify build` of a one-file program with the cache warm, wall time including Node's start: ≤ 0.6 s.
//
// Run with `npm run bench:vite` (builds first); `--smoke` runs a 2k-line project, one round.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { setTimeout } from 'node:timers'
import { generateProject } from './lib/generate-project.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.dirname(here)
const smoke = process.argv.includes('--smoke')
const [mode, root] = process.argv.slice(2)

const HMR_STEP = (multistate) =>
  `${multistate ? "import { VT_yield } from 'vtify/runtime'\n\n" : ''}export function hmrStep(): number {\n${multistate ? '  VT_yield()\n' : ''}  return 1\n}\n`
const HMR_WORKER = "import { hmrStep } from './hmr-step.js'\n\nexport function hmrWorker(): number {\n  return hmrStep() + 1\n}\n"

/**
 * Vite's cache directory, given: by default Vite puts it in the node_modules above the nearest
 * package.json, here the repository's, where a cold build could not remove it.
 */
const cacheDirOf = (dir) => path.join(dir, 'node_modules', '.vite')

/** A page's request; retried, as a browser would, when the server dropped an idle keep-alive connection while vtify compiled. */
async function request(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await globalThis.fetch(url)).text()
    } catch (e) {
      if (attempt === 3) throw e
    }
  }
}

async function plugins(withVtify) {
  return withVtify ? [(await import('../dist/bundle/plugin.js')).default()] : []
}

/** One build in this process; prints its wall milliseconds. */
async function buildOnce(withVtify, dir) {
  const start = performance.now()
  const { build } = await import('vite')
  const src = path.join(dir, 'src')
  const entries = Object.fromEntries(fs.readdirSync(src).map((f) => [path.basename(f, '.ts'), path.join(src, f)]))
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    cacheDir: cacheDirOf(dir),
    plugins: await plugins(withVtify),
    build: { write: false, lib: { entry: entries, formats: ['es'] }, rolldownOptions: { external: ['vtify/runtime'] } },
  })
  console.log(String(performance.now() - start))
}

/** A dev server started in this process; prints the milliseconds until it listens. */
async function serveOnce(withVtify, dir) {
  const start = performance.now()
  const { createServer } = await import('vite')
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    cacheDir: cacheDirOf(dir),
    plugins: await plugins(withVtify),
    server: { host: '127.0.0.1', port: 0 },
  })
  await server.listen()
  const ms = performance.now() - start
  await server.close()
  console.log(String(ms))
}

/**
 * Hot updates in one dev server: milliseconds from each write of hmr-step.ts to the page reload.
 * `all`: the page has requested every module (each is compared after an edit), not hmr-worker.ts only.
 */
/** `pauseMs`: the time between the page's first load and the first edit (a user reading it). */
async function hotUpdates(dir, edits, all, pauseMs = 0) {
  const { createServer } = await import('vite')
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    cacheDir: cacheDirOf(dir),
    plugins: await plugins(true),
    server: { host: '127.0.0.1', port: 0 },
  })
  await server.listen()
  const base = `http://127.0.0.1:${server.httpServer.address().port}`
  const hot = server.environments.client.hot
  const send = hot.send.bind(hot)
  let reloaded
  hot.send = (payload, ...rest) => {
    if (payload?.type === 'full-reload') reloaded?.()
    return send(payload, ...rest)
  }
  const times = []
  if (all) for (const f of fs.readdirSync(path.join(dir, 'src'))) await request(`${base}/src/${f}`)
  await request(`${base}/src/hmr-worker.ts`)
  await new Promise((resolve) => setTimeout(resolve, pauseMs))
  for (let i = 0; i < edits; i++) {
    // The browser has the worker module: request it, as a page would, before each edit.
    await request(`${base}/src/hmr-worker.ts`)
    const done = new Promise((resolve) => (reloaded = resolve))
    const start = performance.now()
    fs.writeFileSync(path.join(dir, 'src', 'hmr-step.ts'), HMR_STEP(i % 2 === 0))
    const lost = () =>
      new Error(
        `edit ${i + 1} of ${edits} of hmr-step.ts (${all ? 'every module requested' : 'hmr-worker.ts requested'}, ${pauseMs} ms after the page loaded): no page reload within 60 s`,
      )
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(lost()), 60_000))])
    times.push(performance.now() - start)
  }
  await server.close()
  fs.writeFileSync(path.join(dir, 'src', 'hmr-step.ts'), HMR_STEP(false))
  console.log(JSON.stringify(times))
}

function child(variant, dir) {
  return execFileSync(process.execPath, [fileURLToPath(import.meta.url), variant, dir], { encoding: 'utf8' }).trim()
}

/** Milliseconds of one command in a fresh process, Node's start included. */
function wall(args) {
  const start = performance.now()
  execFileSync(process.execPath, args, { encoding: 'utf8' })
  return performance.now() - start
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ratio = (x, base) => `${(x / base).toFixed(2)}×`

function oneFileProgram() {
  const dir = path.join(here, 'generated', 'one-file')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(path.join(repo, 'examples/echo-server/src/echo.ts'), path.join(dir, 'echo.ts'))
  return path.join(dir, 'echo.ts')
}

if (mode === 'vtify' || mode === 'plain') await buildOnce(mode === 'vtify', root)
else if (mode === 'serve-vtify' || mode === 'serve-plain') await serveOnce(mode === 'serve-vtify', root)
else if (mode === 'hot' || mode === 'hot-all' || mode === 'hot-later')
  await hotUpdates(root, smoke ? 3 : 7, mode === 'hot-all', mode === 'hot-later' ? 5_000 : 0)
else {
  const { dir, files, lines } = generateProject(path.join(here, 'generated', 'vite'), { lines: smoke ? 2_000 : 20_000 })
  fs.writeFileSync(path.join(dir, 'src', 'hmr-step.ts'), HMR_STEP(false))
  fs.writeFileSync(path.join(dir, 'src', 'hmr-worker.ts'), HMR_WORKER)
  const cacheDir = cacheDirOf(dir)
  const edited = path.join(dir, 'src', 'm7.ts')
  const original = fs.readFileSync(edited, 'utf8')
  const rounds = smoke ? 1 : 3
  const times = { plain: [], cold: [], warm: [], edit: [] }
  console.log(
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} load average at the start; node ${process.version}`,
  )
  console.log(
    `vite build of ${files.length + 2} modules, ${lines} lines (every module an entry, ES library, not written), fresh process per build, ${rounds} round(s)`,
  )
  for (let round = 1; round <= rounds; round++) {
    times.plain.push(Number(child('plain', dir)))
    fs.rmSync(cacheDir, { recursive: true, force: true })
    times.cold.push(Number(child('vtify', dir)))
    times.warm.push(Number(child('vtify', dir)))
    // A body edit of one module (its surface unchanged), different in every round.
    fs.writeFileSync(edited, original.replace('let acc = x', `let acc = x + ${round}`))
    times.edit.push(Number(child('vtify', dir)))
    console.log(
      `  round ${round}: without vtify ${times.plain.at(-1).toFixed(0)} ms; with vtify() cold ${times.cold.at(-1).toFixed(0)} ms, warm ${times.warm.at(-1).toFixed(0)} ms, after an edit ${times.edit.at(-1).toFixed(0)} ms`,
    )
  }
  fs.writeFileSync(edited, original)
  const plain = median(times.plain)
  console.log(`  medians: without vtify ${plain.toFixed(0)} ms`)
  console.log(`    warm cache, no change ${median(times.warm).toFixed(0)} ms: ${ratio(median(times.warm), plain)} (budget ≤ 1.25×)`)
  console.log(`    after a one-file edit ${median(times.edit).toFixed(0)} ms: ${ratio(median(times.edit), plain)} (budget ≤ 1.5×)`)
  console.log(`    cold, no cache        ${median(times.cold).toFixed(0)} ms: ${ratio(median(times.cold), plain)} (budget ≤ 3×)`)

  child('vtify', dir) // the cache of the unedited project, for the dev server
  const serve = { plain: [], vtify: [] }
  for (let round = 1; round <= rounds; round++) {
    serve.plain.push(Number(child('serve-plain', dir)))
    serve.vtify.push(Number(child('serve-vtify', dir)))
  }
  console.log(
    `dev server ready (fresh process, cache warm): without vtify ${median(serve.plain).toFixed(0)} ms, with vtify() ${median(serve.vtify).toFixed(0)} ms: ${ratio(median(serve.vtify), median(serve.plain))} (budget ≤ 1.3×)`,
  )

  for (const [variant, page] of [
    ['hot', 'the page has hmr-worker.ts'],
    ['hot-all', 'the page has every module'],
    ['hot-later', 'the page has hmr-worker.ts, first edit 5 s after it loaded'],
  ]) {
    const [first, ...rest] = JSON.parse(child(variant, dir))
    console.log(
      `hot update, hmr-step.ts edited so that hmr-worker.ts changes (write → page reload), ${page}: first ${first.toFixed(0)} ms, then median ${median(rest).toFixed(0)} ms of ${rest.length} (${rest.map((t) => t.toFixed(0)).join(', ')}) (budget ≤ 150 ms)`,
    )
  }

  const file = oneFileProgram()
  const out = path.join(here, 'generated', 'one-file-out')
  const cli = (extra) => wall([path.join(repo, 'bin/vtify.js'), 'build', file, '-o', out, ...extra])
  const cold = cli(['--no-cache'])
  cli([])
  const warm = [1, 2, 3].map(() => cli([]))
  console.log(
    `vtify build of one file (examples/echo-server/src/echo.ts), wall time with Node's start: without the cache ${cold.toFixed(0)} ms; cache warm, median of 3: ${median(warm).toFixed(0)} ms (budget ≤ 600 ms)`,
  )
  console.log(
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} load average at the end`,
  )
}
