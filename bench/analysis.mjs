// bench:analysis — cold whole-program analysis of a generated 20k-line project, then one-file
// edits that flip a function's multistate status. Budgets (2-core machine): cold ≤ 2 s, edit ≤ 100 ms.
// Run with `npm run bench:analysis` (builds first). `--smoke` runs a 2k-line project once.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { Project, resolveInput } from '../dist/compiler/index.js'
import { generateProject } from './lib/generate-project.mjs'

const smoke = process.argv.includes('--smoke')
const here = path.dirname(fileURLToPath(import.meta.url))
const { dir, files, lines } = generateProject(path.join(here, 'generated', 'analysis'), { lines: smoke ? 2_000 : 20_000 })

const t0 = performance.now()
const project = new Project(resolveInput(dir))
let model = project.analyze()
const cold = performance.now() - t0
const multistate = () => model.functions.filter((f) => f.multistate).length
console.log(`project: ${files.length} modules, ${lines} lines, ${model.functions.length} functions, ${multistate()} multistate`)
console.log(`cold analysis: ${cold.toFixed(0)} ms (budget 2000 ms)`)

// Each edit makes a single-state function in a middle module multistate, then undoes it.
const target = files[Math.floor(files.length / 2)]
const original = fs.readFileSync(target, 'utf8')
const edited = original.replace(/(export function util\d+\(x: number\): number \{\n)/, '$1  VT_yield()\n')
if (edited === original) throw new Error('bench: edit pattern not found in the generated module')
const times = []
const parts = { program: [], extract: [], phases: [] }
const rounds = smoke ? 2 : 20
for (let i = 0; i < rounds; i++) {
  const before = multistate()
  const t = performance.now()
  project.update(target, i % 2 === 0 ? edited : original)
  project.getProgram().getTypeChecker()
  parts.program.push(performance.now() - t)
  model = project.analyze()
  times.push(performance.now() - t)
  parts.extract.push(project.analyzer.lastStats.extractMs)
  parts.phases.push(project.analyzer.lastStats.phasesMs)
  if (multistate() === before) throw new Error('bench: the edit did not change the multistate set')
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const p95 = [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * 0.95))]
console.log(`one-file edit: median ${median(times).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${rounds} edits (budget 100 ms)`)
console.log(`  median parts: program + checker ${median(parts.program).toFixed(1)} ms, facts ${median(parts.extract).toFixed(1)} ms ` +
  `(${project.analyzer.lastStats.extracted} of ${project.analyzer.lastStats.files} files re-extracted), whole-program phases ${median(parts.phases).toFixed(1)} ms`)
