// Threads whose continuation classes would be the same share one (continuation.ts,
// threadClasses): the same slots, initialised from the same arguments, with the same depth.
// The differential corpus runs such programs; this checks that the sharing happens, and only then.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { Project, resolveInput, transformProject } from '../../compiler/index.js'

function output(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-classes-'))
  fs.writeFileSync(path.join(dir, 'main.ts'), `import { VT_yield } from 'vtify/runtime'\n${source}`)
  const result = transformProject(new Project(resolveInput(dir)))
  expect(result.diagnostics).toEqual([])
  return result.outputs.get('main.ts')!
}

const declared = (code: string): string[] => [...code.matchAll(/class (\w+)\$K extends/g)].map((m) => m[1]!)

it('functions with the same frame share one continuation class', () => {
  const code = output('export function a(x: number) {\n  VT_yield()\n  return x\n}\nexport function b(y: number) {\n  VT_yield()\n  return y + 1\n}\n')
  expect(declared(code)).toEqual(['a'])
  expect(code).toContain('const b$K = a$K;')
})

it('a function whose frame differs keeps a class of its own', () => {
  // d has two parameters: its constructor initialises a second slot from its arguments.
  const code = output(
    'export function c(x: number) {\n  VT_yield()\n  return x\n}\nexport function d(x: number, y: number) {\n  VT_yield()\n  return x + y\n}\n',
  )
  expect(declared(code)).toEqual(['c', 'd'])
})
