// A shrunk failing program becomes a corpus program, so the differential suite keeps it as a
// regression test (test/transform/corpus/fuzz-<hash>.ts; known-failures/ for ones not fixed yet).

import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const CORPUS = path.resolve(import.meta.dirname, '../corpus')

/** Writes the program to `dir` under a name derived from its text; returns the file. */
export function saveRegression(dir: string, source: string, origin: string): string {
  const hash = crypto.createHash('sha1').update(source).digest('hex').slice(0, 8)
  const file = path.join(dir, `fuzz-${hash}.ts`)
  const header = `// Found by the fuzzer (${origin}) and shrunk: vtify's log differed from the reference semantics'.\n`
  // Outside the corpus, the helpers are imported from it.
  const helpers = path.relative(dir, path.join(CORPUS, '_fuzz.ts')).split(path.sep).join('/')
  const text = source.replace("from './_fuzz.ts'", `from '${helpers.startsWith('.') ? helpers : `./${helpers}`}'`)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, header + text)
  return file
}
