// compiler/cache/store.ts on its own: an entry is returned only while it is intact, was written
// for the same key (vtify and TypeScript versions, options) and nothing it was made from changed.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BuildCache, type CacheKey } from '../../compiler/node.js'
import { recordInputs, type InputRecord } from '../../compiler/cache/inputs.js'

let dir: string
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

function setUp(): { cacheDir: string; source: string; key: CacheKey } {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-cache-'))
  const source = path.join(dir, 'src', 'main.ts')
  fs.mkdirSync(path.dirname(source), { recursive: true })
  fs.writeFileSync(source, 'export const x = 1\n')
  const key = { target: dir, options: { output: 'typescript' }, versions: { vtify: '1.0.0', typescript: '6.0.3', build: 0 } }
  return { cacheDir: path.join(dir, 'cache'), source, key }
}

function written(cacheDir: string, key: CacheKey, source: string): BuildCache<{ out: string }> {
  const cache = new BuildCache<{ out: string }>(cacheDir, key)
  const out = cache.put('compiled')
  cache.write({ out }, recordInputs([source], [{ dir: path.dirname(source), recursive: true }]), [out])
  return cache
}

function manifestOf(cacheDir: string): string {
  const [name] = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'))
  return path.join(cacheDir, name!)
}

describe('build cache', () => {
  it('returns what was written while nothing changed, blobs checked against their names', () => {
    const { cacheDir, source, key } = setUp()
    const cache = written(cacheDir, key, source)
    const read = new BuildCache<{ out: string }>(cacheDir, key).read()
    expect(read.kind).toBe('hit')
    if (read.kind !== 'hit') return
    expect(cache.get(read.body.out)).toBe('compiled')
    fs.writeFileSync(path.join(cacheDir, 'blobs', read.body.out), 'compiled!')
    expect(cache.get(read.body.out)).toBeUndefined()
  })

  it('ignores a truncated manifest', () => {
    const { cacheDir, source, key } = setUp()
    written(cacheDir, key, source)
    const manifest = manifestOf(cacheDir)
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').slice(0, 40))
    expect(new BuildCache(cacheDir, key).read()).toEqual({ kind: 'miss', reason: 'the cache entry was damaged' })
  })

  it('ignores a manifest edited into other valid JSON (its checksum no longer matches)', () => {
    const { cacheDir, source, key } = setUp()
    written(cacheDir, key, source)
    const manifest = manifestOf(cacheDir)
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace('"out":"', '"out":"x'))
    expect(new BuildCache(cacheDir, key).read()).toEqual({ kind: 'miss', reason: 'the cache entry was damaged' })
  })

  it('does not use an entry of another vtify version, nor one copied under this key (foreign)', () => {
    const { cacheDir, source, key } = setUp()
    written(cacheDir, key, source)
    const newer = { ...key, versions: { ...key.versions, vtify: '1.0.1' } }
    expect(new BuildCache(cacheDir, newer).read()).toEqual({ kind: 'miss', reason: 'nothing cached yet' })
    // The old version's manifest put where the new version looks for its own.
    const old = manifestOf(cacheDir)
    written(path.join(dir, 'probe'), newer, source)
    fs.copyFileSync(old, path.join(cacheDir, path.basename(manifestOf(path.join(dir, 'probe')))))
    expect(new BuildCache(cacheDir, newer).read()).toEqual({ kind: 'miss', reason: 'the cache entry was made by another vtify, TypeScript or option' })
  })

  it('does not use an entry of another TypeScript version, another build of vtify or other options', () => {
    const { cacheDir, source, key } = setUp()
    written(cacheDir, key, source)
    expect(new BuildCache(cacheDir, { ...key, versions: { ...key.versions, typescript: '6.0.4' } }).read().kind).toBe('miss')
    expect(new BuildCache(cacheDir, { ...key, versions: { ...key.versions, build: 1 } }).read().kind).toBe('miss')
    expect(new BuildCache(cacheDir, { ...key, options: { output: 'javascript' } }).read().kind).toBe('miss')
    expect(new BuildCache(cacheDir, key).read().kind).toBe('hit')
  })

  it('removes blobs that no entry names once they are a minute old', () => {
    const { cacheDir, source, key } = setUp()
    const cache = written(cacheDir, key, source)
    const orphan = cache.put('an output of an earlier edit')
    const recent = cache.put('an output another build is writing')
    const named = cache.put('compiled')
    const minuteAgo = new Date(Date.now() - 61_000)
    for (const blob of [orphan, named]) fs.utimesSync(path.join(cacheDir, 'blobs', blob), minuteAgo, minuteAgo)
    cache.write({ out: named }, recordInputs([source], []), [named])
    expect(cache.get(orphan)).toBeUndefined()
    expect(cache.get(recent)).toBe('an output another build is writing')
    expect(cache.get(named)).toBe('compiled')
  })

  it('keeps a blob that a build stores again although no entry names it yet: another build pruning beside it does not take it', () => {
    const { cacheDir, source, key } = setUp()
    const cache = written(cacheDir, key, source)
    // An output of an earlier entry, unnamed since, that this build makes again.
    const again = cache.put('an output made again')
    const minuteAgo = new Date(Date.now() - 61_000)
    fs.utimesSync(path.join(cacheDir, 'blobs', again), minuteAgo, minuteAgo)
    expect(cache.put('an output made again')).toBe(again)
    // Another build writes its entry (and prunes) before this one writes the manifest that names it.
    written(cacheDir, { ...key, target: path.join(dir, 'other') }, source)
    expect(cache.get(again)).toBe('an output made again')
  })

  it('removes a damaged blob when it reads it, so that the next build stores it whole again', () => {
    const { cacheDir, source, key } = setUp()
    const cache = written(cacheDir, key, source)
    const blob = path.join(cacheDir, 'blobs', cache.put('compiled'))
    fs.writeFileSync(blob, '')
    expect(cache.bytes(path.basename(blob))).toBeUndefined()
    expect(fs.existsSync(blob)).toBe(false)
    written(cacheDir, key, source)
    expect(cache.get(path.basename(blob))).toBe('compiled')
  })

  it("removes another vtify's or TypeScript's entries, and damaged ones, a day after they were written, with their blobs", () => {
    const { cacheDir, source, key } = setUp()
    const older = { ...key, versions: { ...key.versions, vtify: '0.9.0' } }
    const oldCache = written(cacheDir, older, source)
    const oldBlob = oldCache.put('an output of vtify 0.9')
    oldCache.write({ out: oldBlob }, recordInputs([source], []), [oldBlob])
    const otherTarget = { ...key, target: path.join(dir, 'other') }
    written(cacheDir, otherTarget, source)
    fs.writeFileSync(path.join(cacheDir, 'damaged.json'), '{ "header": ')
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000)
    for (const file of fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'))) fs.utimesSync(path.join(cacheDir, file), twoDaysAgo, twoDaysAgo)
    fs.utimesSync(path.join(cacheDir, 'blobs', oldBlob), twoDaysAgo, twoDaysAgo)
    written(cacheDir, key, source)
    expect(new BuildCache(cacheDir, older).read()).toEqual({ kind: 'miss', reason: 'nothing cached yet' })
    expect(fs.existsSync(path.join(cacheDir, 'damaged.json'))).toBe(false)
    expect(oldCache.get(oldBlob)).toBeUndefined()
    // The same vtify and TypeScript for another target: kept, however old.
    expect(new BuildCache(cacheDir, otherTarget).read().kind).toBe('hit')
  })

  it('misses when an input file changes, and when a file appears in a watched directory, and says what changed', () => {
    const { cacheDir, source, key } = setUp()
    const cache = written(cacheDir, key, source)
    const body = { out: cache.put('compiled') }
    // What the entry was made from comes with it: a build that reads part of its program records the rest from it.
    const inputs = (): InputRecord => recordInputs([source], [{ dir: path.dirname(source), recursive: true }])
    const first = inputs()
    fs.writeFileSync(source, 'export const x = 2\n')
    expect(new BuildCache(cacheDir, key).read()).toEqual({ kind: 'miss', reason: `${source} changed`, stale: { body, changed: [source], inputs: first } })
    written(cacheDir, key, source)
    const second = inputs()
    fs.writeFileSync(path.join(path.dirname(source), 'nested.ts'), '')
    fs.writeFileSync(source, 'export const x = 3\n')
    const stale = { body, changed: [path.dirname(source), source], inputs: second }
    expect(new BuildCache(cacheDir, key).read()).toEqual({ kind: 'miss', reason: `${path.dirname(source)} changed`, stale })
    // A file that cannot be part of a program does not count.
    written(cacheDir, key, source)
    fs.writeFileSync(path.join(path.dirname(source), 'notes.md'), '')
    expect(new BuildCache(cacheDir, key).read().kind).toBe('hit')
  })

  it('is read where the project was moved to with it when its body can name files there, and only then', () => {
    const { cacheDir, source, key } = setUp()
    type Body = { out: string; file: string }
    const relocate = (body: Body, to: (file: string) => string): Body => ({ ...body, file: to(body.file) })
    const cache = new BuildCache<Body>(cacheDir, key, relocate)
    const out = cache.put('compiled')
    cache.write({ out, file: source }, recordInputs([source], [{ dir: path.dirname(source), recursive: true }]), [out])
    const bound = new BuildCache<{ out: string }>(path.join(dir, 'bound'), key)
    bound.write({ out }, recordInputs([source], []), [])
    const moved = `${dir}-moved`
    fs.renameSync(dir, moved)
    dir = moved // removed after the test
    const there = (file: string): string => path.join(moved, path.relative(path.dirname(cacheDir), file))
    const read = new BuildCache<Body>(there(cacheDir), { ...key, target: there(key.target) }, relocate).read()
    expect(read).toEqual({
      kind: 'hit',
      body: { out, file: there(source) },
      inputs: recordInputs([there(source)], [{ dir: there(path.dirname(source)), recursive: true }]),
    })
    // Without `relocate` the entry is where it was made only: what its body names is not known.
    expect(new BuildCache(there(path.join(path.dirname(cacheDir), 'bound')), { ...key, target: there(key.target) }).read()).toEqual({
      kind: 'miss',
      reason: 'nothing cached yet',
    })
    // A file that is not there (or not the same) where the project was moved to is a change as any other.
    fs.writeFileSync(there(source), 'export const x = 2\n')
    expect(new BuildCache<Body>(there(cacheDir), { ...key, target: there(key.target) }, relocate).read()).toMatchObject({
      kind: 'miss',
      reason: `${there(source)} changed`,
    })
  })
})
