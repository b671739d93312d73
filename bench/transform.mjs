// bench:transform — throughput of the vtify transform (`transformProgram`) on the generated
// 20k-line, 100-module project, in source megabytes per second. The analysis it needs (program,
// checker, facts, whole-program phases) is timed apart, once, cold; the transform then runs
// several times on the same program and model (first run cold, then the median of the rest).
// Run with `npm run bench:transform` (builds first); `--smoke` runs a 2k-line project.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { Project, blockingErrors, resolveInput, transformProgram } from '../dist/bundle/compiler.js'
import { generateProject } from './lib/generate-project.mjs'

const smoke = process.argv.includes('--smoke')
const ROUNDS = smoke ? 2 : 3
const here = path.dirname(fileURLToPath(import.meta.url))
const { dir, files, lines } = generateProject(path.join(here, 'generated', 'transform'), { lines: smoke ? 2_000 : 20_000 })
const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0)

/** Runs fn; returns its result and wall milliseconds. */
function timed(fn) {
  const start = performance.now()
  const result = fn()
  return { result, ms: performance.now() - start }
}

const project = new Project(resolveInput(dir))
const analysis = timed(() => project.analyze())
const model = analysis.result
const program = project.getProgram()
const runs = []
let outputs
for (let i = 0; i < ROUNDS; i++) {
  const { result, ms } = timed(() => transformProgram(program, model))
  const errors = blockingErrors(result)
  if (errors.length > 0) throw new Error(`bench: the generated project has diagnostics: ${errors[0].message}`)
  if (result.outputs.size !== files.length) throw new Error(`bench: ${result.outputs.size} of ${files.length} modules transformed`)
  outputs = result.outputs
  runs.push(ms)
}
const warm = runs.slice(1).sort((a, b) => a - b)
const median = warm[Math.floor(warm.length / 2)]
const mb = bytes / 1e6
const outBytes = [...outputs.values()].reduce((sum, code) => sum + code.length, 0)
const multistate = model.functions.filter((f) => f.multistate).length

console.log(
  `project: ${files.length} modules, ${lines} lines, ${mb.toFixed(2)} MB of source, ${model.functions.length} functions, ${multistate} multistate (node ${process.version})`,
)
console.log(`analysis (program, checker, facts, phases; cold, once): ${analysis.ms.toFixed(0)} ms`)
console.log(`transform, first run: ${runs[0].toFixed(0)} ms = ${(mb / (runs[0] / 1000)).toFixed(2)} MB/s`)
console.log(`transform, median of the next ${warm.length}: ${median.toFixed(0)} ms = ${(mb / (median / 1000)).toFixed(2)} MB/s`)
console.log(`analysis + transform, cold: ${(analysis.ms + runs[0]).toFixed(0)} ms = ${(mb / ((analysis.ms + runs[0]) / 1000)).toFixed(2)} MB/s`)
console.log(`output: ${(outBytes / 1e6).toFixed(2)} MB of JavaScript (${(outBytes / bytes).toFixed(2)}× the source)`)
