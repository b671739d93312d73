// compiler/code-cache.cjs, how the compiler loads TypeScript's 9 MB: with V8's code cache of an
// earlier process. Each load in a new Node process (a code cache is per process), of a small
// stand-in package: the first compiles and writes the cache, the next uses it; a damaged cache is
// refused by V8 and written again; an edited package gets a cache of its own; and the module is
// the one `require` gives everyone else.

import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const REPO = path.resolve(import.meta.dirname, '../..')

let dir: string
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const LOAD = `
const c = require('./code-cache.cjs')
const file = require.resolve('stand-in')
const m = c.requireCached(file)
console.log(JSON.stringify({ value: m.twice(21), how: c.loadedWith(file), same: require('stand-in') === m }))
c.saveCodeCache()
`

function setUp(): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-code-cache-'))
  fs.copyFileSync(path.join(REPO, 'compiler/code-cache.cjs'), path.join(dir, 'code-cache.cjs'))
  const pkg = path.join(dir, 'node_modules/stand-in')
  fs.mkdirSync(pkg, { recursive: true })
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'stand-in', version: '1.0.0', main: 'index.js' }))
  fs.writeFileSync(path.join(pkg, 'index.js'), "'use strict'\nexports.twice = function (n) {\n  return n * 2\n}\n")
}

function load(): { value: number; how: string; same: boolean } {
  const r = spawnSync(process.execPath, ['-e', LOAD], { cwd: dir, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(r.stderr)
  return JSON.parse(r.stdout) as { value: number; how: string; same: boolean }
}

function cacheFiles(): string[] {
  const cache = path.join(dir, 'node_modules/.cache/vtify')
  return fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.endsWith('.v8')) : []
}

describe('the code cache of TypeScript', () => {
  it('is written by the first process and used by the next; the module is the one require gives', () => {
    setUp()
    expect(load()).toEqual({ value: 42, how: 'compiled', same: true })
    expect(cacheFiles()).toEqual([expect.stringMatching(/^stand-in@1\.0\.0-\d+-\d+-v8-.*\.v8$/)])
    expect(load()).toEqual({ value: 42, how: 'code cache', same: true })
  })

  it('a damaged cache is refused, the module loads all the same, and the cache is written again', () => {
    setUp()
    load()
    const [file] = cacheFiles()
    fs.writeFileSync(path.join(dir, 'node_modules/.cache/vtify', file!), 'not what V8 wrote')
    expect(load()).toEqual({ value: 42, how: 'compiled', same: true })
    expect(load()).toEqual({ value: 42, how: 'code cache', same: true })
  })

  it("an edited package gets a cache of its own (V8 checks only the length of the source), which replaces the old one, not another Node's", () => {
    setUp()
    load()
    const [before] = cacheFiles()
    const otherNode = 'stand-in@1.0.0-1-1-v8-another.v8' // another V8's cache, in a node_modules two Nodes share
    fs.writeFileSync(path.join(dir, 'node_modules/.cache/vtify', otherNode), '')
    // Same length, other code: V8 alone would take the old cache for it.
    const index = path.join(dir, 'node_modules/stand-in/index.js')
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('n * 2', 'n + n'))
    fs.utimesSync(index, new Date(), new Date(Date.now() + 5000))
    expect(load()).toEqual({ value: 42, how: 'compiled', same: true })
    const after = cacheFiles().filter((f) => f !== otherNode)
    expect(after).toHaveLength(1)
    expect(after).not.toContain(before)
    expect(cacheFiles()).toContain(otherNode)
    expect(load()).toEqual({ value: 42, how: 'code cache', same: true })
  })
})
