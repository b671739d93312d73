// What vtify reads for a tsconfig: a solution-style one (no files, references) is the program of
// the projects it references.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { analyzePath, resolveInput } from '../../compiler/index.js'

let dir: string | undefined
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

it("reads a solution-style tsconfig as its references' files, with the options of the project that has the most", () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-input-'))
  const files: Record<string, string> = {
    // as create-vite's react-ts template writes them
    'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
    'tsconfig.app.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', jsx: 'react-jsx', strict: true },
      include: ['src'],
    }),
    'tsconfig.node.json': JSON.stringify({
      compilerOptions: { target: 'ES2023', module: 'ESNext', moduleResolution: 'bundler', strict: true },
      include: ['vite.config.ts'],
    }),
    'vite.config.ts': 'export default {}\n',
    'src/main.ts': "import { VT_yield } from 'vtify/runtime'\n\nexport function spin(): void {\n  VT_yield()\n}\n",
    'src/other.ts': 'export const x = 1\n',
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  const input = resolveInput(dir)
  expect(input.rootNames.map((f) => path.relative(dir!, f)).sort()).toEqual(['src/main.ts', 'src/other.ts', 'vite.config.ts'])
  expect(input.options.jsx).toBe(4) // ts.JsxEmit.ReactJSX: the app's options
  expect(
    Object.keys(input.madeFrom.configs)
      .map((f) => path.basename(f))
      .sort(),
  ).toEqual(['tsconfig.app.json', 'tsconfig.json', 'tsconfig.node.json'])
  expect(
    analyzePath(dir)
      .functions.filter((f) => f.multistate)
      .map((f) => f.name),
  ).toEqual(['spin'])
})
