// bench:editor — the tsserver plugin on the generated 20k-line project, through a real tsserver
// process: hover (quickinfo) and inlay hints for a file after warm-up, and how long an edit that
// flips a function between single-state and multistate takes to show. The same requests go to a
// tsserver without the plugin, the baseline. Budgets (2-core machine): hover and hints p95 ≤ 50 ms,
// edit reflected ≤ 200 ms. Run with `npm run bench:editor` (builds first); `--smoke`: 2k lines.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { TsServer } from '../test/ts-plugin/tsserver-client.mjs'
import { generateProject } from './lib/generate-project.mjs'

const smoke = process.argv.includes('--smoke')
const here = path.dirname(fileURLToPath(import.meta.url))
const { dir, files, lines } = generateProject(path.join(here, 'generated', 'editor'), { lines: smoke ? 2_000 : 20_000 })
// Installed as a user has it: the plugin is found in <dir>/node_modules/vtify.
fs.mkdirSync(path.join(dir, 'node_modules'))
fs.symlinkSync(path.join(here, '..'), path.join(dir, 'node_modules', 'vtify'), 'dir')

const target = files[Math.floor(files.length / 2)]
const targetName = path.basename(target, '.ts')
const index = targetName.slice(1)
const importer = files.find((f) => fs.readFileSync(f, 'utf8').includes(`from './${targetName}.js'`))
if (!importer) throw new Error(`bench: no module imports ${targetName}`)
const original = fs.readFileSync(target, 'utf8')
const edited = original.replace(new RegExp(`(export function util${index}\\(x: number\\): number \\{\\n)`), '$1  VT_yield()\n')
if (edited === original) throw new Error('bench: edit pattern not found in the generated module')
const rounds = smoke ? 4 : 40

/** 1-based protocol location of an offset. */
function location(text, offset) {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, offset: before[before.length - 1].length + 1 }
}

/** Where the function names of the target file are: what a user hovers. */
const names = [...original.matchAll(/export function (\w+)/g)].map((m) => location(original, m.index + 'export function '.length))
const utilAt = location(original, original.indexOf(`function util${index}`) + 'function '.length)

function percentile(times, p) {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

async function timed(f) {
  const t = performance.now()
  const result = await f()
  return { ms: performance.now() - t, result }
}

async function measure(server, withPlugin) {
  for (const file of [target, importer]) server.notify('open', { file, fileContent: fs.readFileSync(file, 'utf8') })
  const t0 = performance.now()
  await server.request('semanticDiagnosticsSync', { file: target })
  const firstDiagnostics = performance.now() - t0
  const hover = (at) => server.request('quickinfo', { file: target, ...at })
  const hints = (file) => server.request('provideInlayHints', { file, start: 0, length: fs.readFileSync(file, 'utf8').length + 200 })
  for (let i = 0; i < 5; i++) await Promise.all([hover(names[i % names.length]), hints(target)]) // warm-up

  const hoverTimes = []
  for (let i = 0; i < rounds; i++) hoverTimes.push((await timed(() => hover(names[i % names.length]))).ms)
  const hintTimes = []
  let hintCount = 0
  for (let i = 0; i < rounds; i++) {
    const { ms, result } = await timed(() => hints(target))
    hintTimes.push(ms)
    hintCount = result.length
  }

  // Each round flips util<N> (called all over the file and from its importers) and times the first
  // answer that shows the new status: the hover on util<N> itself, or the hints of an importer.
  const editTimes = { hover: [], importerHints: [] }
  let text = original
  for (let i = 0; i < rounds; i++) {
    const next = text === original ? edited : original
    const end = location(text, text.length)
    server.notify('change', { file: target, line: 1, offset: 1, endLine: end.line, endOffset: end.offset, insertString: next })
    text = next
    const nowMultistate = text === edited
    if (i % 2 === 0) {
      const { ms, result: info } = await timed(() => hover(utilAt))
      if (withPlugin && String(info.documentation).includes('is multistate') !== nowMultistate) throw new Error('bench: the hover does not show the edit')
      editTimes.hover.push(ms)
    } else {
      const { ms } = await timed(() => hints(importer))
      editTimes.importerHints.push(ms)
    }
  }
  return { firstDiagnostics, hover: hoverTimes, hints: hintTimes, hintCount, edit: editTimes }
}

async function run(withPlugin) {
  const args = withPlugin ? ['--globalPlugins', 'vtify/ts-plugin', '--pluginProbeLocations', dir] : []
  const server = new TsServer({ args, cwd: dir, timeoutMs: 120_000 })
  try {
    return await measure(server, withPlugin)
  } finally {
    server.close()
  }
}

const fmt = (times) => `median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`
const baseline = await run(false)
const vtify = await run(true)
console.log(
  `project: ${files.length} modules, ${lines} lines; file ${path.basename(target)} (${names.length} functions), importer ${path.basename(importer)}; ${rounds} requests each`,
)
console.log(
  `first semantic diagnostics (project load + analysis): ${vtify.firstDiagnostics.toFixed(0)} ms (without the plugin ${baseline.firstDiagnostics.toFixed(0)} ms)`,
)
console.log(`hover:       ${fmt(vtify.hover)} (budget p95 50 ms); without the plugin ${fmt(baseline.hover)}`)
console.log(
  `inlay hints: ${fmt(vtify.hints)}, ${vtify.hintCount} hints (budget p95 50 ms); without the plugin ${fmt(baseline.hints)}, ${baseline.hintCount} hints`,
)
console.log(
  `edit flipping util${index}, reflected in its hover: ${fmt(vtify.edit.hover)}; in an importer's inlay hints: ${fmt(vtify.edit.importerHints)} (budget 200 ms)`,
)
console.log(`  the same edits without the plugin, first hover: ${fmt(baseline.edit.hover)}; importer's inlay hints: ${fmt(baseline.edit.importerHints)}`)
