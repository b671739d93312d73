// Differential testing: the corpus compiled by vtify on the real runtime versus the oracle
// (generators on the reference scheduler). Both write to a log; the logs must be equal.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type ts from 'typescript'
import { Project, blockingErrors, resolveInput, transformProgram, type Diagnostic, type TransformOptions } from '../../compiler/index.js'
import { oracleProgram } from './oracle/transform.js'

const RUNTIME = path.resolve(import.meta.dirname, '../../runtime/index.ts')
const SCHEDULER = path.resolve(import.meta.dirname, 'oracle/scheduler.ts')

export interface Built {
  vtify: string
  oracle: string
  diagnostics: Diagnostic[]
  /** The TypeScript program both were compiled from (the fuzzer checks its programs type-check). */
  program: ts.Program
}

/** Compile every program under `dir` both ways into temporary directories (vtify's with `options`). */
export function buildBoth(dir: string, options: TransformOptions = {}): Built {
  const project = new Project(resolveInput(dir))
  const model = project.analyze()
  const program = project.getProgram()
  const result = transformProgram(program, model, { ...options, runtime: RUNTIME })
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-diff-'))
  const vtify = path.join(out, 'vtify')
  const oracle = path.join(out, 'oracle')
  write(vtify, result.outputs)
  write(oracle, oracleProgram(program, model, SCHEDULER))
  return { vtify, oracle, diagnostics: blockingErrors(result), program }
}

function write(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, code] of files) {
    const target = path.join(dir, file.replace(/\.ts$/, '.js'))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, code)
  }
}

interface Runtime {
  VT_run(fn: unknown, ...args: unknown[]): Promise<unknown>
  VT_configure(options: { onUnjoinedError: (report: string, error: unknown) => void }): void
}

/** Run `main(log)` of a compiled program as a thread; the log ends with its outcome. */
export async function runProgram(dir: string, file: string, runtimePath: string): Promise<string[]> {
  const rt = (await import(runtimePath)) as Runtime
  const mod = (await import(path.join(dir, file.replace(/\.ts$/, '.js')))) as { main: unknown }
  const log: string[] = []
  rt.VT_configure({ onUnjoinedError: (_report, error) => log.push(`unjoined error: ${describe(error)}`) })
  await rt.VT_run(mod.main, log).then(
    (value) => log.push(`returned ${describe(value)}`),
    (error: unknown) => log.push(`threw ${describe(error)}`),
  )
  // Let threads that outlive main finish and unjoined errors be reported.
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r))
  return log
}

function describe(value: unknown): string {
  return value instanceof Error ? `${value.name}: ${value.message}` : (JSON.stringify(value) ?? String(value))
}

export const runtimes = { vtify: RUNTIME, oracle: SCHEDULER }
