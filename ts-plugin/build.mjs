// Builds vtify/ts-plugin as one CommonJS file, dist/ts-plugin/index.js: tsserver loads plugins
// with require, and the package (the compiler among it) is ESM. Every `import ts from
// 'typescript'` or `'#typescript'` (the compiler's require shim) is bound to injected-typescript.ts, which holds
// the module tsserver hands the plugin, so the bundle never loads a second TypeScript.
// Run by `npm run build`.

import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const here = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.join(here, '..', 'dist', 'ts-plugin')
const injected = path.join(here, 'injected-typescript.ts')

await build({
  input: path.join(here, 'index.ts'),
  platform: 'node',
  external: [/^node:/],
  plugins: [
    {
      name: 'vtify:injected-typescript',
      resolveId: (source) => (source === 'typescript' || source === '#typescript' ? injected : null),
    },
  ],
  output: { file: path.join(outDir, 'index.js'), format: 'cjs', exports: 'default', sourcemap: true },
})
// dist/ts-plugin/*.js are CommonJS, whatever the package's "type".
fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
