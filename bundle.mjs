// Builds what Node loads of vtify as few modules instead of tsc's hundreds, after tsc (run by
// `npm run build`). Node 20 imports ES modules one by one: the runtime's ~70 in ~80 ms and the
// one module in ~20, the plugin's 26 in ~50 ms and its bundle in ~34, the compiler's ~100 in
// ~380 ms (TypeScript included) and its chunk in ~320 — at every `vite build`, dev server and
// `vtify` command, and the runtime again in every worker an event loop or the work pool starts.
//
// - dist/runtime/index.node.js: the runtime as one module, which `vtify/runtime` names for Node
//   (package.json's "node" export condition). Bundlers get the modules (the "default"
//   condition): they bundle them anyway, and the browser field swaps Node's channel module out
//   of a web build.
// - dist/bundle/: the plugin, the compiler, the CLI and the dev server's compiler worker, as
//   entries sharing chunks, so that a process loading two of them loads one compiler. What only
//   a compile needs (live.js, and TypeScript behind it) stays behind a dynamic import: a build
//   the cache answers loads no TypeScript.
//
// The ESLint rules stay modules: their first module must run before typescript-eslint loads
// (eslint-rules/own-typescript.ts), and a bundle imports every package before its own code runs.
// Each bundle's source map leads to the TypeScript, through each module's own map.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dist')

/** Each module with its own source map, so that the bundle's map chains to the TypeScript. */
const moduleMaps = {
  name: 'vtify:module-maps',
  load(id) {
    const map = `${id}.map`
    if (!fs.existsSync(map)) return null
    return { code: fs.readFileSync(id, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, ''), map: fs.readFileSync(map, 'utf8') }
  },
}

await build({
  input: path.join(dist, 'runtime', 'index.js'),
  platform: 'node',
  plugins: [moduleMaps],
  output: { file: path.join(dist, 'runtime', 'index.node.js'), format: 'esm', sourcemap: true },
})

fs.rmSync(path.join(dist, 'bundle'), { recursive: true, force: true }) // no chunk of an earlier build left beside

// The entries' names are the files package.json and bin/vtify.js name; compile-worker.js is
// found beside the chunk that starts it (plugin/dev-compiler.ts).
const entries = {
  plugin: 'plugin/index',
  'compile-worker': 'plugin/compile-worker',
  compiler: 'compiler/index',
  cli: 'cli/main',
}
const bundleDir = path.join(dist, 'bundle')
await build({
  input: Object.fromEntries(Object.entries(entries).map(([name, module]) => [name, path.join(dist, `${module}.js`)])),
  platform: 'node',
  // Packages (TypeScript, oxc-transform, the ESLint parser) and the package's own imports
  // (#typescript: loaded through the code cache) are loaded, not bundled.
  external: [/^node:/, /^#/, /^[@a-z]/],
  plugins: [moduleMaps],
  output: { dir: bundleDir, format: 'esm', sourcemap: true },
})
// Each entry's types are its module's, for what imports the bundle by path (tests, benchmarks).
for (const [name, module] of Object.entries(entries)) {
  const from = JSON.stringify(`../${module}.js`)
  const declared = fs.readFileSync(path.join(dist, `${module}.d.ts`), 'utf8')
  const lines = [`export * from ${from}`, ...(/^export default /m.test(declared) ? [`export { default } from ${from}`] : [])]
  fs.writeFileSync(path.join(bundleDir, `${name}.d.ts`), `${lines.join('\n')}\n`)
}
