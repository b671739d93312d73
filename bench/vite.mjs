// bench:vite — `vite build` of the generated 20k-line, 100-module project with vtify() against the
// same build without it (plain TypeScript, types stripped by Vite). Every module is an entry of a
// library build (ES format, nothing written); vtify/runtime is external in both. Each build runs
// in a fresh Node process (loading TypeScript is part of vtify's cost), variants alternating,
// three rounds, medians. Budget: vtify adds ≤ 25 %.
// Run with `npm run bench:vite` (builds first); `--smoke` runs a 2k-line project, one round.

import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { generateProject } from './lib/generate-project.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const smoke = process.argv.includes('--smoke')
const [mode, root] = process.argv.slice(2)

/** One build in this process; prints its wall milliseconds. */
async function buildOnce(withVtify, dir) {
  const start = performance.now()
  const { build } = await import('vite')
  const plugins = withVtify ? [(await import('../dist/plugin/index.js')).default()] : []
  const src = path.join(dir, 'src')
  const entries = Object.fromEntries(fs.readdirSync(src).map((f) => [path.basename(f, '.ts'), path.join(src, f)]))
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: { write: false, lib: { entry: entries, formats: ['es'] }, rolldownOptions: { external: ['vtify/runtime'] } },
  })
  console.log(String(performance.now() - start))
}

function child(variant, dir) {
  return Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), variant, dir], { encoding: 'utf8' }).trim())
}

if (mode === 'vtify' || mode === 'plain') {
  await buildOnce(mode === 'vtify', root)
} else {
  const { dir, files, lines } = generateProject(path.join(here, 'generated', 'vite'), { lines: smoke ? 2_000 : 20_000 })
  const rounds = smoke ? 1 : 3
  const times = { plain: [], vtify: [] }
  console.log(`vite build of ${files.length} modules, ${lines} lines (every module an entry, ES library, not written), fresh process per build, ${rounds} round(s) (node ${process.version})`)
  for (let round = 1; round <= rounds; round++) {
    for (const variant of ['plain', 'vtify']) {
      const ms = child(variant, dir)
      times[variant].push(ms)
      console.log(`  round ${round} ${variant === 'plain' ? 'without vtify' : 'with vtify()  '} ${ms.toFixed(0).padStart(7)} ms`)
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const plain = median(times.plain)
  const vt = median(times.vtify)
  console.log(`  median without vtify ${plain.toFixed(0)} ms, with vtify() ${vt.toFixed(0)} ms: ${(vt / plain).toFixed(2)}× (+${((vt / plain - 1) * 100).toFixed(0)} %, budget ≤ +25 %)`)
}
