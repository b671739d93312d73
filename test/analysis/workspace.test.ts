// A workspace package's TypeScript source, linked into the app through a node_modules symlink, is
// part of the program vtify analyses (compiler/load/own-files.ts); a package as published (its
// real path in node_modules) and one that ships built JavaScript with declarations stay external.

import fs from 'node:fs'
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
