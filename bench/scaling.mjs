// bench:scaling — compile time as an input's size doubles (n, 2n, 4n), for each shape of
// bench/lib/scaling-cases.mjs: the analysis (`Project.analyze()`, program and checker included),
// the transform (`transformProgram`) and the editor's layouts of the first file (`layoutsOf`, what
// the plugin computes for a file's hints, with the checker warm as tsserver's is), in CPU milliseconds of this process, with the ratio of
// each step to the one before (2 is linear, 4 quadratic). Run with `npm run bench:scaling`
// (builds first); `node bench/scaling.mjs chain ladder` runs only those cases, `--n 50` sets n.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Project, blockingErrors, layoutsOf, resolveInput, transformProgram } from '../dist/bundle/compiler.js'
import { CASES } from './lib/scaling-cases.mjs'

const args = process.argv.slice(2)
const nAt = args.indexOf('--n')
const only = args.filter((a, i) => !a.startsWith('--') && (nAt < 0 || i !== nAt + 1))
/** The smallest n of each case: big enough for the compile to dominate, small enough for 4n to end. */
const START = {
  chain: 150,
  ladder: 8,
  longFunction: 150,
  nesting: 30,
  manyFunctions: 500,
  manyModules: 50,
  closures: 100,
  bigClass: 150,
  chainAcrossModules: 50,
  valuesAcrossModules: 100,
  handlers: 150,
}

function write(dir, files) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  const compilerOptions = { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', noEmit: true, skipLibCheck: true, lib: ['ES2022'] }
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }))
}

function cpu(fn) {
  const start = process.cpuUsage()
  const result = fn()
  const used = process.cpuUsage(start)
  return { result, ms: (used.user + used.system) / 1000 }
}

function measure(name, n) {
  // Outside the repository: tsconfig.json's bench/**/*.ts would type-check them.
  const dir = path.join(os.tmpdir(), 'vtify-bench-scaling', `${name}-${n}`)
  const files = CASES[name](n)
  write(dir, files)
  const project = new Project(resolveInput(dir))
  const analysis = cpu(() => project.analyze())
  const transform = cpu(() => transformProgram(project.getProgram(), analysis.result))
  const errors = blockingErrors(transform.result)
  if (errors.length > 0) throw new Error(`bench: ${name} at n=${n}: ${errors[0].message}`)
  const out = [...transform.result.outputs.values()].reduce((sum, code) => sum + code.length, 0)
  // What the editor's hints and hovers ask of a file (ts-plugin/model-view.ts): the layouts of its functions and of what they call.
  const first = Object.keys(files)[0]
  const layouts = cpu(() => layoutsOf(project.getProgram(), analysis.result, [first]))
  return { analysis: analysis.ms, transform: transform.ms, layouts: layouts.ms, out }
}

const ratio = (a, b) => (b / a).toFixed(1)
for (const name of only.length > 0 ? only : Object.keys(CASES)) {
  const n0 = nAt >= 0 ? Number(args[nAt + 1]) : START[name]
  measure(name, n0) // warm-up: the library's parse, the JIT
  const runs = [n0, 2 * n0, 4 * n0].map((n) => ({ n, ...measure(name, n) }))
  const cells = runs.map(
    (r) => `n=${r.n}: ${r.analysis.toFixed(0)} + ${r.transform.toFixed(0)} ms (layouts ${r.layouts.toFixed(0)}), ${(r.out / 1e3).toFixed(0)} kB out`,
  )
  const [a, b, c] = runs
  console.log(`${name.padEnd(19)} ${cells.join(' | ')}`)
  console.log(
    `${''.padEnd(19)} ×2 steps: analysis ${ratio(a.analysis, b.analysis)}, ${ratio(b.analysis, c.analysis)}; transform ${ratio(a.transform, b.transform)}, ${ratio(b.transform, c.transform)}; layouts ${ratio(a.layouts, b.layouts)}, ${ratio(b.layouts, c.layouts)}; output ${ratio(a.out, b.out)}, ${ratio(b.out, c.out)}`,
  )
}
