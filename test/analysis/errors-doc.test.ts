// docs/errors.md has a section for every diagnostic code, and every message links to its section.

import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Codes, docsLink } from '../../compiler/index.js'

const page = fs.readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')
const codes = Object.values(Codes)

describe('docs/errors.md', () => {
  it.each(codes)('%s has a section with its meaning and fixes', (code) => {
    const section = page.split(/^## /m).find((s) => s.startsWith(`${code}\n`))
    expect(section).toBeDefined()
    // A heading `## VT1002` is the anchor `#vt1002` GitHub gives it.
    expect(docsLink(code)).toBe(`https://github.com/vtify/vtify/blob/main/docs/errors.md#${code.toLowerCase()}`)
    expect(page).toContain(`| [${code}](#${code.toLowerCase()}) |`)
  })

  it('lists no section for a code the compiler does not have', () => {
    const headings = [...page.matchAll(/^## (VT\d{4})$/gm)].map((m) => m[1])
    expect(headings.sort()).toEqual([...codes].sort())
  })
})
