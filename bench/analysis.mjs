// bench:analysis — cold whole-program analysis of a generated 20k-line project, then one-file
// edits that flip a function's multistate status. Budgets (2-core machine): cold ≤ 2 s, edit ≤ 100 ms.
// Prints wall time and this process's CPU time: on a shared machine the wall time also counts other
// processes' turns, the CPU time does not. Run with `npm run bench:analysis` (builds first);
// `--smoke` runs a 2k-line project with two edits.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { Project, resolveInput } from '../dist/bundle/compiler.js'
import { generateProject } from './lib/generate-project.mjs'

const smoke = process.argv.includes('--smoke')
const here = path.dirname(fileURLToPath(import.meta.url))
const { dir, files, lines } = generateProject(path.join(here, 'generated', 'analysis'), { lines: smoke ? 2_000 : 20_000 })

/** Runs fn and returns its wall and CPU milliseconds. */
function timed(fn) {
  const cpu = process.cpuUsage()
  const t = performance.now()
  fn()
  const used = process.cpuUsage(cpu)
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 }
}

let project
let model
const cold = timed(() => {
  project = new Project(resolveInput(dir))
  model = project.analyze()
})
const multistate = () => model.functions.filter((f) => f.multistate).length
console.log(`project: ${files.length} modules, ${lines} lines, ${model.functions.length} functions, ${multistate()} multistate`)
console.log(`cold analysis: ${cold.wall.toFixed(0)} ms wall, ${cold.cpu.toFixed(0)} ms CPU (budget 2000 ms)`)

// Each edit makes a single-state function in a middle module multistate, then undoes it.
const target = files[Math.floor(files.length / 2)]
const original = fs.readFileSync(target, 'utf8')
const edited = original.replace(/(export function util\d+\(x: number\): number \{\n)/, '$1  VT_yield()\n')
if (edited === original) throw new Error('bench: edit pattern not found in the generated module')
const rounds = smoke ? 2 : 30
const wall = []
const cpu = []
const parts = { program: [], extract: [], phases: [] }
for (let i = 0; i < rounds; i++) {
  const before = multistate()
  let programMs = 0
  const t = timed(() => {
    const start = performance.now()
    project.update(target, i % 2 === 0 ? edited : original)
    project.getProgram().getTypeChecker()
    programMs = performance.now() - start
    model = project.analyze()
  })
  if (multistate() === before) throw new Error('bench: the edit did not change the multistate set')
  wall.push(t.wall)
  cpu.push(t.cpu)
  parts.program.push(programMs)
  parts.extract.push(project.analyzer.lastStats.extractMs)
  parts.phases.push(project.analyzer.lastStats.phasesMs)
}
const sorted = (xs) => [...xs].sort((a, b) => a - b)
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)]
const p95 = (xs) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]
const { extracted, relocated, files: total } = project.analyzer.lastStats
console.log(
  `one-file edit: median ${median(wall).toFixed(1)} ms wall (p95 ${p95(wall).toFixed(1)}), ` +
    `median ${median(cpu).toFixed(1)} ms CPU (p95 ${p95(cpu).toFixed(1)}) over ${rounds} edits (budget 100 ms)`,
)
console.log(
  `  median wall parts: program + checker ${median(parts.program).toFixed(1)} ms, facts ${median(parts.extract).toFixed(1)} ms ` +
    `(${extracted} of ${total} files extracted, ${relocated} moved), whole-program phases ${median(parts.phases).toFixed(1)} ms`,
)
