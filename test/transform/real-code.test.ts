// Never a crash, never broken output, on code nobody wrote for vtify: the JavaScript of three
// installed packages (ESLint's lib/, typescript-estree's and @vitest/utils' dist/, pinned by the
// lockfile), with `VT_yield()` put at the start of every function declaration so that thousands of
// functions of every shape become multistate. Every module is transformed on its own (as the
// editor's layoutsOf does), errors elsewhere or not: the result is code that parses, or
// diagnostics with a position. Run by hand over more packages, this found a JSDoc function type's
// unnamed parameters, imported JSON reaching the transpiler, and recursion cycles followed for ever.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import ts from '#typescript'
import { Project, resolveInput } from '../../compiler/index.js'
import { transformModule } from '../../compiler/transform/module.js'

const REPO = path.resolve(import.meta.dirname, '../..')
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-real-code-'))
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }))

const FUNCTION_DECLARATION = /(\bfunction\s+[A-Za-z_$][\w$]*\s*\([^)]*\)\s*\{)/g

/** A copy of a package's JavaScript with a VT_yield() first in every function declaration. */
function injected(name: string, from: string): { dir: string; injections: number } {
  const dir = path.join(temp, name)
  let injections = 0
  for (const entry of fs.readdirSync(path.join(REPO, from), { recursive: true, encoding: 'utf8' })) {
    const source = path.join(REPO, from, entry)
    if (!/\.[cm]?js$/.test(entry) || !fs.statSync(source).isFile()) continue
    const text = fs.readFileSync(source, 'utf8').replace(FUNCTION_DECLARATION, (head: string) => (injections++, `${head} VT_yield();`))
    fs.mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true })
    fs.writeFileSync(path.join(dir, entry), `import { VT_yield } from 'vtify/runtime';\n${text}`)
  }
  return { dir, injections }
}

/** The syntax errors of a module's output, as TypeScript's parser reports them. */
function syntaxErrors(code: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { allowJs: true, target: ts.ScriptTarget.ESNext } })
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe.each([
  ['eslint', 'node_modules/eslint/lib'],
  ['typescript-estree', 'node_modules/@typescript-eslint/typescript-estree/dist'],
  ['vitest-utils', 'node_modules/@vitest/utils/dist'],
])('real code: %s with VT_yield injected', (name, from) => {
  it('analyses and transforms every module without a crash, into output that parses', () => {
    const { dir, injections } = injected(name, from)
    const project = new Project(resolveInput(dir))
    const model = project.analyze()
    const program = project.getProgram()
    const multistate = model.functions.filter((f) => f.multistate).length
    expect(multistate).toBeGreaterThan(injections / 2) // the injection did make them multistate
    let outputs = 0
    for (const { file } of model.modules) {
      const sf = program.getSourceFile(path.join(dir, file))!
      const out = transformModule(sf, program.getTypeChecker(), file, model.functions)
      for (const d of out.diagnostics) expect(d.code, `${file}: ${d.message}`).toMatch(/^VT2\d{3}$/)
      if (out.code === undefined) continue
      outputs++
      expect(syntaxErrors(out.code), file).toEqual([])
    }
    expect(outputs).toBeGreaterThan(model.modules.length / 4)
    for (const d of model.diagnostics) expect([d.code, d.line > 0]).toEqual([expect.stringMatching(/^VT\d{4}$/), true])
    // A guard against a hang, not a timing: nested multistate functions now compile, and ESLint's
    // take over a minute on a loaded 2-core machine.
  }, 240_000)
})
