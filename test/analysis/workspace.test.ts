// A workspace package's TypeScript source, linked into the app through a node_modules symlink, is
// part of the program vtify analyses (compiler/load/own-files.ts); a package as published (its
// real path in node_modules) and one that ships built JavaScript with declarations stay external.

import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { analyzePath } from '../../compiler/index.js'
import { workspace, type LibEntry } from './workspace-fixture.js'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

describe('a workspace package linked through node_modules', () => {
  it.each<LibEntry>(['exports', 'main'])('is analysed with the app when its package.json names its source by %s', (entry) => {
    const ws = workspace(entry)
    roots.push(ws.root)
    const model = analyzePath(ws.app)
    const multistate = model.functions.filter((f) => f.multistate).map((f) => `${f.name} ${f.file}`)
    expect(multistate.sort()).toEqual(['readLine ../lib/src/index.ts', 'reader src/main.ts', 'writer src/main.ts'])
    // Its own relative imports come with it; it is a module the transform compiles.
    expect(model.modules.map((m) => m.file).sort()).toEqual(['../lib/src/bytes.ts', '../lib/src/index.ts', 'src/main.ts', 'src/others.ts'])
  })

  it('is analysed with the app when its source is JavaScript (allowJs)', () => {
    const ws = workspace()
    roots.push(ws.root)
    const lib = path.join(ws.root, 'packages/lib')
    fs.writeFileSync(path.join(lib, 'package.json'), JSON.stringify({ name: 'lib', type: 'module', exports: './js/index.js' }))
    fs.mkdirSync(path.join(lib, 'js'))
    fs.writeFileSync(
      path.join(lib, 'js/index.js'),
      "import { VT_read } from 'vtify/runtime'\n\nexport function readLine(conn) {\n  const byte = new Uint8Array(1)\n  return VT_read(conn, byte) === 0 ? undefined : String.fromCharCode(byte[0])\n}\n",
    )
    const tsconfigFile = path.join(ws.app, 'tsconfig.json')
    const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, 'utf8')) as { compilerOptions: Record<string, unknown> }
    fs.writeFileSync(tsconfigFile, JSON.stringify({ ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, allowJs: true } }))
    const multistate = analyzePath(ws.app).functions.filter((f) => f.multistate)
    expect(multistate.map((f) => `${f.name} ${f.file}`).sort()).toEqual(['readLine ../lib/js/index.js', 'reader src/main.ts', 'writer src/main.ts'])
  })

  it('leaves a package as published (real path in node_modules) and built JavaScript with declarations external', () => {
    const ws = workspace()
    roots.push(ws.root)
    const model = analyzePath(ws.app)
    expect(model.functions.map((f) => f.name)).not.toContain('spin')
    expect(model.functions.map((f) => f.name)).not.toContain('twice')
    expect(model.functions.find((f) => f.name === 'spinTwice')?.multistate).toBe(false)
    expect(model.modules.some((m) => m.file.includes('node_modules') || m.file.includes('built'))).toBe(false)
  })
})
