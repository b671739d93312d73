// `npm run conformance`: every vendored test in both modes; writes the tables of
// docs/conformance.md (between its markers) and prints the totals. With CONFORMANCE_FILTER (a
// regular expression over test names) only the matching tests run, each result is printed with
// its detail, the programs are kept in the work directory (named when the run ends), and the
// document is left alone. With CONFORMANCE_JSON=<file>, every result and its detail is written
// there too.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { runConformance } from './conformance.js'
import { reportTables } from './report.js'
import { vendoredTests } from './test262.js'

const DOC = path.resolve(import.meta.dirname, '../../docs/conformance.md')
const BEGIN = '<!-- results: written by npm run conformance -->'
const END = '<!-- end of results -->'

const filter = process.env.CONFORMANCE_FILTER

it('test262: every vendored test, both modes', async () => {
  const tests = vendoredTests().filter((t) => filter === undefined || new RegExp(filter).test(t.name))
  // One per process: a filtered run beside a full one must not remove the other's programs.
  const workDir = path.join(os.tmpdir(), `vtify-conformance-full-${process.pid}`)
  const run = await runConformance(tests, ['body', 'nested'], workDir, (line) => console.log(line))
  // Every result with its detail, for reading beyond the tables.
  if (process.env.CONFORMANCE_JSON) fs.writeFileSync(process.env.CONFORMANCE_JSON, JSON.stringify(run, null, 1))
  if (filter !== undefined) {
    for (const r of run.results) console.log(`${r.kind} ${r.mode} ${r.test} ${r.codes?.join(',') ?? ''}\n${r.detail ?? ''}`)
    console.log(`programs in ${workDir}`)
    return
  }
  fs.rmSync(workDir, { recursive: true, force: true })
  const tables = reportTables(run, ['body', 'nested'], new Date().toISOString().slice(0, 10))
  const doc = fs.readFileSync(DOC, 'utf8')
  const start = doc.indexOf(BEGIN)
  const end = doc.indexOf(END)
  expect(start >= 0 && end > start).toBe(true)
  fs.writeFileSync(DOC, `${doc.slice(0, start + BEGIN.length)}\n\n${tables}\n${doc.slice(end)}`)
  console.log(
    tables
      .split('\n')
      .filter((l) => l.startsWith('Of '))
      .join('\n'),
  )
}, 0)
