// Builds dist/runtime/index.node.js: the built runtime (dist/runtime/index.js and the modules it
// imports) as one module, which `vtify/runtime` names for Node (package.json's "node" export
// condition). Node 20 imports the ~70 modules one by one in ~80 ms and the one module in ~20,
// at every start of a program built by vtify and of every worker thread an event loop or the
// work pool starts. Bundlers get the modules (the "default" condition): they bundle them anyway,
// and the browser field swaps Node's channel module out of a web build. The bundle's source map
// leads to the TypeScript, through each module's own map. Run by `npm run build`, after tsc.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'runtime')

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
  input: path.join(dist, 'index.js'),
  platform: 'node',
  plugins: [moduleMaps],
  output: { file: path.join(dist, 'index.node.js'), format: 'esm', sourcemap: true },
})
