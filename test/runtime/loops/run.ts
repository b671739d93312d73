// Compiles a program of test/runtime/loops/programs with vtify against the built runtime as Node
// imports `vtify/runtime` (dist/runtime/index.node.js, one module: the loops' workers import
// compiled JavaScript) and runs it in a process of its own, so that each program starts its
// event loops once and the test sees the process end by itself.

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Project, blockingErrors, resolveInput, transformProgram, type Diagnostic } from '../../../compiler/index.js'

const RUNTIME = path.resolve(import.meta.dirname, '../../../dist/runtime/index.node.js')

export interface Compiled {
  readonly dir: string
  readonly diagnostics: Diagnostic[]
}

export function compilePrograms(): Compiled {
  const project = new Project(resolveInput(path.resolve(import.meta.dirname, 'programs')))
  const model = project.analyze()
  const result = transformProgram(project.getProgram(), model, { runtime: RUNTIME })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-loops-'))
  for (const [file, code] of result.outputs) fs.writeFileSync(path.join(dir, path.basename(file).replace(/\.ts$/, '.js')), code)
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}')
  return { dir, diagnostics: blockingErrors(result) }
}

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly ms: number
}

/** Run one compiled program; it must end by itself within `timeoutMs`. */
export function runProgram(compiled: Compiled, name: string, args: readonly string[] = [], timeoutMs = 20_000): Promise<Run> {
  const started = Date.now()
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(compiled.dir, `${name}.js`), ...args], { timeout: timeoutMs }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr, ms: Date.now() - started })
    })
  })
}
