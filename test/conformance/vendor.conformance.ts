// `TEST262=<a tc39/test262 checkout> npm run conformance:vendor`: (re)vendor test262/ from it —
// its LICENSE, the commit it is at (COMMIT: give it as TEST262_COMMIT when the checkout is not a
// git work tree), the harness files the taken tests include, and the taken tests of DIRECTORIES
// (the same selection the run makes, so nothing is vendored that is never run).

import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { DIRECTORIES, SUITE, frontmatter, isEligible } from './test262.js'

it('vendors test262', () => {
  const from = process.env.TEST262
  expect(from, 'set TEST262 to a test262 checkout').toBeTruthy()
  fs.rmSync(SUITE, { recursive: true, force: true })
  const harness = new Set(['assert.js', 'sta.js'])
  let count = 0
  for (const dir of DIRECTORIES) {
    for (const file of walk(path.join(from!, 'test/language', dir))) {
      const source = fs.readFileSync(file, 'utf8')
      if (!isEligible(source)) continue
      copy(from!, path.relative(from!, file))
      for (const name of frontmatter(source).includes) harness.add(name)
      count++
    }
  }
  for (const h of harness) copy(from!, `harness/${h}`)
  copy(from!, 'LICENSE')
  fs.writeFileSync(path.join(SUITE, 'COMMIT'), `${process.env.TEST262_COMMIT ?? 'unknown'}\n`)
  console.log(`vendored ${count} tests and ${harness.size} harness files`)
}, 0)

function copy(from: string, relative: string): void {
  fs.mkdirSync(path.dirname(path.join(SUITE, relative)), { recursive: true })
  fs.copyFileSync(path.join(from, relative), path.join(SUITE, relative))
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : e.name.endsWith('.js') ? [full] : []
  })
}
