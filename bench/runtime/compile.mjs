// The "vtify compiled" variants of the runtime benchmarks: compiles the blocking-style sources —
// bench/runtime/blocking/ (spin), examples/echo-server (echoThread, the server),
// examples/simple-web-server (bench:sws) and bench/runtime/clues/ (bench:clues, the pipeline on
// several event loops, and bench:writes, writes from afar) — with the compiler (dist/, `npm run build`) onto the same runtime build
// as the hand-written machines (node_modules/.cache/vtify-bench/runtime/, made by
// `tsc -p bench/runtime` just before), so that both variants run on one runtime instance.
// Output: node_modules/.cache/vtify-bench/compiled/<name>/.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Project, blockingErrors, resolveInput, transformProject } from '../../dist/bundle/compiler.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cache = path.join(root, 'node_modules/.cache/vtify-bench')
const runtime = path.join(cache, 'runtime/index.js')
if (!fs.existsSync(runtime)) throw new Error(`${runtime} is missing: run tsc -p bench/runtime first`)
// The real path: the benchmarks import the runtime by theirs, and one module must not load twice.
const runtimeSpecifier = fs.realpathSync(runtime)

for (const [name, source] of [
  ['blocking', 'bench/runtime/blocking'],
  ['echo-server', 'examples/echo-server'],
  ['simple-web-server', 'examples/simple-web-server'],
  ['clues', 'bench/runtime/clues'],
]) {
  const result = transformProject(new Project(resolveInput(path.join(root, source))), { runtime: runtimeSpecifier })
  const errors = blockingErrors(result)
  if (errors.length > 0) throw new Error(`${source}: ${errors.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join('\n')}`)
  for (const [file, code] of result.outputs) {
    const target = path.join(cache, 'compiled', name, file.replace(/\.ts$/, '.js'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, code)
  }
}
