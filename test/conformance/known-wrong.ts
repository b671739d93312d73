// test/conformance/known-wrong.txt: the tests of the sample known to be WRONG (or CRASH, TIMEOUT)
// today, one `<mode> <test>  # cause` a line. The sample test fails on any other, and on a
// listed one that no longer is, so the list stays true while the causes are fixed.

import fs from 'node:fs'
import path from 'node:path'

const FILE = path.join(import.meta.dirname, 'known-wrong.txt')

/** `mode test` keys of the listed tests. */
export function knownWrong(): Set<string> {
  const lines = fs.readFileSync(FILE, 'utf8').split('\n')
  return new Set(
    lines
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean)
      .map((l) => l.split(/\s+/).join(' ')),
  )
}
