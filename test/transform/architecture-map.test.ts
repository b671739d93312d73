// docs/architecture.md maps every file of the transform and of the runtime with a line of its
// own: a file added without one, or a line left for a file that is gone, fails here.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')
const doc = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8')

/** The files named in the first cell of the table rows of the doc (`a.ts`, `a.ts`, `b.ts`). */
const mapped = new Set(
  doc
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)),
)

function sourceFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return sourceFiles(path.join(dir, e.name), `${prefix}${e.name}/`)
    return e.name.endsWith('.ts') ? [`${prefix}${e.name}`] : []
  })
}

describe('docs/architecture.md', () => {
  it.each(['compiler/transform', 'runtime'])('has a line for every file of %s', (dir) => {
    const files = sourceFiles(dir)
    expect(files.length).toBeGreaterThan(10)
    expect(files.filter((f) => !mapped.has(f))).toEqual([])
  })
})
