// The runtime must load in a browser: no module of runtime/ may import a Node built-in
// (channel adapters recognise Node objects by their shape instead).

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../runtime')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  )
}

describe('the runtime on the browser path', () => {
  it('imports only its own modules: no node: built-in, no package', () => {
    const files = sources(root)
    expect(files.length).toBeGreaterThan(10)
    const imports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => `${file}: ${m[1]}`),
    )
    expect(imports.length).toBeGreaterThan(10)
    expect(imports.filter((i) => !/: \.\.?\//.test(i))).toEqual([])
  })
})
