// Shared by the tests of what a thread takes along when it follows a clue (follow-*.test.ts):
// programs written into the repository (so that @types/node and vtify/runtime are found),
// their transform's diagnostics, and a run of their output on the built runtime.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect } from 'vitest'
import { Project, blockingErrors, buildWarnings, resolveInput, transformProgram, transformProject, type Diagnostic } from '../../compiler/index.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

export interface Found {
  file: string
  code: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
  related: { file: string; line: number; column: number; message: string }[]
}

const COMPILER_OPTIONS = { strict: true, module: 'NodeNext', target: 'ES2022', types: ['node'] }

/** A directory of the repository holding these files and a tsconfig.json for them. */
function program(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(import.meta.dirname, '.follow-transferable-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: Object.keys(files) }))
  return dir
}

/**
 * The errors and the warnings of a program of these modules. The program must type-check: a type
 * error would make a value `any`, which the compile-time check leaves to the runtime, and a
 * refusal test pass for nothing.
 */
export function compile(files: Record<string, string>): { errors: Found[]; warnings: Found[] } {
  const dir = program(files)
  const project = new Project(resolveInput(dir))
  const ts = project.getProgram()
  const typeErrors = Object.keys(files).flatMap((name) => ts.getSemanticDiagnostics(ts.getSourceFile(path.join(dir, name))))
  expect(typeErrors.map((d) => (typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText))).toEqual([])
  const result = transformProject(project)
  return { errors: blockingErrors(result).map(found), warnings: buildWarnings(result).map(found) }
}

/** The errors of a program of these modules (compile). */
export function diagnose(files: Record<string, string>): Found[] {
  return compile(files).errors
}

function found(d: Diagnostic): Found {
  return {
    file: d.file,
    code: d.code,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    message: d.message,
    related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
  }
}

/** Compiles a program (main.ts) against the built runtime and runs it in a process of its own: its output. */
export async function run(main: string): Promise<string> {
  const source = program({ 'main.ts': main })
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-follow-'))
  dirs.push(out)
  const project = new Project(resolveInput(source))
  const result = transformProgram(project.getProgram(), project.analyze(), { runtime: path.resolve(import.meta.dirname, '../../dist/runtime/index.js') })
  expect(blockingErrors(result)).toEqual([])
  fs.writeFileSync(path.join(out, 'main.js'), result.outputs.get('main.ts')!)
  fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}')
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(out, 'main.js')], { timeout: 20_000 })
  return stdout.trim()
}

/** The 1-based line and column of the `nth` occurrence of `snippet` in `source`. */
export function locate(source: string, snippet: string, nth = 1): { line: number; column: number } {
  let at = -1
  for (let i = 0; i < nth; i++) {
    at = source.indexOf(snippet, at + 1)
    if (at < 0) throw new Error(`${snippet} (#${nth}) is not in the source`)
  }
  const before = source.slice(0, at).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}
