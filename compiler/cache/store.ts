// The cache on disk: one manifest per key (what was built, from which inputs) and content-addressed
// blobs (each module's output). Nothing read is trusted: a manifest must parse, carry the expected
// header and a matching checksum, and its inputs must be unchanged; a blob must hash to its name.
// Writes go to a temporary file renamed into place, so a reader never sees half a file (two
// builds may share a cache directory). Files are named relative to the cache directory on disk
// (absolute in memory), so that a project moved together with its cache — a CI checkout at
// another path, the cache restored into it — still reads its entries; a front end whose body
// cannot be moved so keeps its entries where they were made.

import fs from 'node:fs'
import path from 'node:path'
import { hashText } from './hash.js'
import { changedInputs, relocated, type InputRecord } from './inputs.js'
import type { Versions } from './versions.js'

/** Bumped when the manifest's shape (or a front end's body) changes: older manifests are then foreign. */
const FORMAT = 4

/** What an entry is valid for, besides its inputs. */
export interface CacheKey {
  /** The absolute tsconfig, directory or entry file built (as a header: relative to the cache directory, if the body can move). */
  target: string
  /** The options that change the output (type stripping, runtime specifier, front end). */
  options: Readonly<Record<string, string | boolean>>
  versions: Versions
}

interface Header extends CacheKey {
  format: number
}

interface Manifest<T> {
  header: Header
  inputs: InputRecord
  body: T
  /** The blobs the body names: the others, named by no manifest, are removed after a write. */
  blobs: string[]
  /** Hash of the other fields as written: a manifest corrupted but still parsable is refused. */
  check: string
}

/**
 * A miss whose entry was whole and of this key but made from inputs that changed since: a build
 * may start from it (reusing what the changed inputs cannot reach), never answer with it.
 */
export interface Stale<T> {
  body: T
  /** The inputs that changed: directories whose listing did, then files (absolute names). */
  changed: string[]
  /** What the entry was made from (a build that reads part of its program records the rest from here). */
  inputs: InputRecord
}

export type CacheRead<T> = { kind: 'hit'; body: T; inputs: InputRecord } | { kind: 'miss'; reason: string; stale?: Stale<T> }

/** A body with the files it names mapped by `to` (from absolute to stored, and back). */
export type Relocate<T> = (body: T, to: (file: string) => string) => T

export class BuildCache<T> {
  private readonly header: Header
  private readonly manifestFile: string

  /** `relocate`: how the body names files; without it, entries are bound to where they were made. */
  constructor(
    readonly dir: string,
    key: CacheKey,
    private readonly relocate?: Relocate<T>,
  ) {
    this.header = { format: FORMAT, ...key, target: relocate ? this.stored(key.target) : key.target }
    this.manifestFile = path.join(dir, `${hashText(JSON.stringify(this.header))}.json`)
  }

  /** A file as entries and blobs name it: relative to the cache directory. */
  readonly stored = (file: string): string => path.relative(this.dir, file)

  /** A file named by an entry or a blob, absolute again. */
  readonly restored = (file: string): string => path.resolve(this.dir, file)

  /** The entry for this key if it can be trusted and nothing it was built from changed. */
  read(): CacheRead<T> {
    const text = readOrUndefined(this.manifestFile)
    if (text === undefined) return { kind: 'miss', reason: 'nothing cached yet' }
    const manifest = parse<Manifest<T>>(text)
    if (!manifest || manifest.check !== checksum(manifest)) return { kind: 'miss', reason: 'the cache entry was damaged' }
    if (JSON.stringify(manifest.header) !== JSON.stringify(this.header))
      return { kind: 'miss', reason: 'the cache entry was made by another vtify, TypeScript or option' }
    const inputs = relocated(manifest.inputs, this.restored)
    const body = this.relocate ? this.relocate(manifest.body, this.restored) : manifest.body
    const changed = changedInputs(inputs)
    if (changed.length > 0) return { kind: 'miss', reason: `${changed[0]} changed`, stale: { body, changed, inputs } }
    return { kind: 'hit', body, inputs }
  }

  /** Writes the entry of this key, naming the blobs its body refers to; removes blobs no entry names. */
  write(body: T, inputs: InputRecord, blobs: readonly string[]): void {
    const stored = this.relocate ? this.relocate(body, this.stored) : body
    const manifest: Omit<Manifest<T>, 'check'> = { header: this.header, inputs: relocated(inputs, this.stored), body: stored, blobs: [...blobs] }
    writeAtomically(this.manifestFile, JSON.stringify({ ...manifest, check: checksum(manifest) }))
    this.prune()
  }

  /**
   * Every edit writes the outputs that changed as new blobs: those no manifest names any more go.
   * Only blobs older than a minute, so that a build writing its blobs beside this one, before its
   * manifest, keeps them. Manifests of another vtify or TypeScript (an upgrade, a rebuilt checkout
   * of vtify) or damaged ones, untouched for a day, go first, and their blobs with them.
   */
  private prune(): void {
    const named = new Set<string>()
    const dayAgo = Date.now() - 86_400_000
    for (const file of fs.readdirSync(this.dir).filter((f) => f.endsWith('.json'))) {
      const manifestFile = path.join(this.dir, file)
      const manifest = parse<Partial<Manifest<unknown>>>(readOrUndefined(manifestFile) ?? '')
      if (!this.sameMaker(manifest) && (fs.statSync(manifestFile, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < dayAgo) {
        fs.rmSync(manifestFile, { force: true })
        continue
      }
      for (const blob of manifest?.blobs ?? []) named.add(blob)
    }
    const old = Date.now() - 60_000
    // An entry without blobs (an analysis) may be the first of the directory.
    const blobs = path.join(this.dir, 'blobs')
    for (const blob of fs.existsSync(blobs) ? fs.readdirSync(blobs) : []) {
      const file = this.blobFile(blob)
      if (!named.has(blob) && (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < old) fs.rmSync(file, { force: true })
    }
  }

  /** Whether a manifest was written by this format, vtify and TypeScript (for any target and options). */
  private sameMaker(manifest: Partial<Manifest<unknown>> | undefined): boolean {
    const maker = (header: Partial<Header> | undefined): string => JSON.stringify([header?.format, header?.versions])
    return manifest !== undefined && maker(manifest.header) === maker(this.header)
  }

  /**
   * Stores a blob; returns its name (the hash of its content). A blob already there is touched
   * instead: another build's prune, which takes unnamed blobs a minute old, must not take it
   * before this build's manifest names it.
   */
  put(content: string): string {
    const name = hashText(content)
    const file = this.blobFile(name)
    if (!touched(file)) writeAtomically(file, content)
    return name
  }

  /** A blob's content, or undefined when it is missing or does not match its name. */
  get(name: string): string | undefined {
    return this.bytes(name)?.toString('utf8')
  }

  /**
   * A blob's bytes, checked as get() checks them (and not decoded: a reader may decode them
   * later, or never). A blob that does not match its name is removed: put() keeps a blob that is
   * there, so a damaged one would otherwise stay, and every build would compile again.
   */
  bytes(name: string): Buffer | undefined {
    const file = this.blobFile(name)
    const content = bytesOrUndefined(file)
    if (content === undefined || hashText(content) === name) return content
    removeIfAllowed(file)
    return undefined
  }

  private blobFile(name: string): string {
    return path.join(this.dir, 'blobs', name)
  }
}

function checksum(manifest: Omit<Manifest<unknown>, 'check'>): string {
  return hashText(JSON.stringify([manifest.header, manifest.inputs, manifest.body, manifest.blobs]))
}

function parse<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

function readOrUndefined(file: string): string | undefined {
  return bytesOrUndefined(file)?.toString('utf8')
}

function bytesOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch {
    return undefined
  }
}

/** A read-only cache (restored in CI, say) is read all the same: only the writes it allows happen. */
function removeIfAllowed(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // left for a writable run to replace
  }
}

/** Sets a file's times to now; false if it is not there (or cannot be touched: then it is written again). */
function touched(file: string): boolean {
  const now = new Date()
  try {
    fs.utimesSync(file, now, now)
    return true
  } catch {
    return false
  }
}

function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  fs.writeFileSync(temporary, content)
  fs.renameSync(temporary, file)
}
