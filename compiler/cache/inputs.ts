// What a build read, recorded so that a later process can tell, without TypeScript, that nothing
// it depends on changed: the content hash of every file the program read, and a hash of the
// listing of every directory where a new or removed file changes the program (a tsconfig's
// `include` directories, a new `./x.ts` beside an import of `./x`).

import fs from 'node:fs'
import path from 'node:path'
import { SKIPPED_DIRS } from '../load/skipped-dirs.js'
import { hashFile, hashText } from './hash.js'

export interface WatchedDirectory {
  dir: string
  /** Its subdirectories too. */
  recursive: boolean
}

export interface InputRecord {
  /** Absolute file name → content hash ('' when it did not exist). */
  files: Record<string, string>
  /** `R:dir` (recursive) or `D:dir` → hash of the listing. */
  listings: Record<string, string>
}

export function recordInputs(files: Iterable<string>, directories: readonly WatchedDirectory[]): InputRecord {
  const record: InputRecord = { files: {}, listings: {} }
  for (const file of files) record.files[file] = hashFile(file)
  for (const { dir, recursive } of directories) record.listings[listingKey(dir, recursive)] = hashText(listing(dir, recursive).join('\n'))
  return record
}

/** The inputs that changed (directory names, then file names); none when nothing did. */
export function changedInputs(record: InputRecord): string[] {
  const directories = Object.entries(record.listings).filter(([key, hash]) => hashText(listing(key.slice(2), key.startsWith('R:')).join('\n')) !== hash)
  const files = Object.entries(record.files).filter(([file, hash]) => hashFile(file) !== hash)
  return [...directories.map(([key]) => key.slice(2)), ...files.map(([file]) => file)]
}

/** The record with its files and directories mapped by `to` (cache/store.ts: relative on disk). */
export function relocated(record: InputRecord, to: (file: string) => string): InputRecord {
  const files = Object.fromEntries(Object.entries(record.files).map(([file, hash]) => [to(file), hash]))
  const listings = Object.fromEntries(Object.entries(record.listings).map(([key, hash]) => [listingKey(to(key.slice(2)), key.startsWith('R:')), hash]))
  return { files, listings }
}

/** Files whose appearance can change a program (sources, declarations, JSON); other files are not listed. */
const PROGRAM_FILE = /\.(?:[cm]?[jt]sx?|json)$/

function listingKey(dir: string, recursive: boolean): string {
  return `${recursive ? 'R' : 'D'}:${dir}`
}

/** Entry names (directories end in /), sorted; subdirectories' entries by relative path when recursive. */
function listing(dir: string, recursive: boolean, prefix = ''): string[] {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return ['(absent)']
  }
  const out: string[] = []
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) {
      if (PROGRAM_FILE.test(entry.name)) out.push(prefix + entry.name)
    } else if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) {
      out.push(`${prefix}${entry.name}/`)
      if (recursive) out.push(...listing(path.join(dir, entry.name), true, `${prefix}${entry.name}/`))
    }
  }
  return out
}
