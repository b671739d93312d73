// Runs generated programs differentially in batches: compiling one TypeScript project per
// program would dominate the run time, so a batch is one directory of modules p0.ts, p1.ts, …
// (and their helpers, _fuzz.ts) compiled once both ways (harness.ts) and then run module by
// module, oracle log versus vtify log.

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { Project, resolveInput, type Diagnostic } from '../../../compiler/index.js'
import { buildBoth, runProgram, runtimes, type Built } from '../harness.js'
import { HELPERS_FILE } from './prelude.js'

export type Outcome =
  | { status: 'pass'; source: string; lines: number }
  /** The transform or the analysis diagnosed a construct it does not support: neither pass nor fail. */
  | { status: 'unsupported'; source: string; codes: string[] }
  | { status: 'mismatch'; source: string; oracle: string[]; vtify: string[] }
  /** The generator made a program TypeScript rejects: a bug of the fuzzer, not of vtify. */
  | { status: 'ill-typed'; source: string; errors: string[] }

/** A program whose run does not settle by then counts as a mismatch (it would hang the suite). */
const RUN_TIMEOUT_MS = 5_000

/** `typeCheck`: also check that the programs type-check (costs about a fifth more). */
export async function runBatch(sources: readonly string[], typeCheck = true): Promise<Outcome[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vtify-fuzz-'))
  try {
    const files = sources.map((_, i) => `p${i}.ts`)
    files.forEach((f, i) => fs.writeFileSync(path.join(dir, f), sources[i]!))
    fs.copyFileSync(HELPERS_FILE, path.join(dir, path.basename(HELPERS_FILE)))
    const { built, unsupported } = build(dir, files)
    const outcomes: Outcome[] = []
    for (const [i, file] of files.entries()) {
      const source = sources[i]!
      const codes = unsupported.get(file)
      const errors = typeCheck ? typeErrors(built, dir, file) : []
      if (errors.length > 0) outcomes.push({ status: 'ill-typed', source, errors })
      else if (codes) outcomes.push({ status: 'unsupported', source, codes })
      else outcomes.push(await compare(built, file, source))
    }
    fs.rmSync(path.dirname(built.vtify), { recursive: true, force: true })
    return outcomes
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Compile the batch; a module with a diagnostic is set aside as unsupported. An analysis error
 * stops the transform of the modules it relates to — the shared helpers too, for a recursion
 * through Hold — so those modules are deleted and the batch analysed again, until none is left
 * (deleting one can reveal another: a recursion through Hold may run through several modules);
 * only then is it built (analysing alone costs a fraction of a build).
 */
function build(dir: string, files: readonly string[]): { built: Built; unsupported: Map<string, string[]> } {
  const unsupported = new Map<string, string[]>()
  const setAside = (diagnostics: readonly Diagnostic[]): boolean => {
    const blocking = new Set<string>()
    for (const d of diagnostics) {
      unsupported.set(d.file, [...(unsupported.get(d.file) ?? []), d.code])
      if (!d.code.startsWith('VT2')) blocking.add(d.file)
    }
    for (const f of blocking) {
      if (!files.includes(f)) throw new Error(`fuzz: diagnostic outside the generated modules: ${f}`)
      fs.rmSync(path.join(dir, f))
    }
    return blocking.size > 0
  }
  for (;;) {
    const errors = new Project(resolveInput(dir)).analyze().diagnostics.filter((d) => d.severity === 'error' && !d.code.startsWith('VT2'))
    if (setAside(errors)) continue
    const built = buildBoth(dir)
    // The analysis errors were set aside above: these are the transform's (and any it adds).
    if (!setAside(built.diagnostics)) return { built, unsupported }
    fs.rmSync(path.dirname(built.vtify), { recursive: true, force: true })
  }
}

function typeErrors(built: Built, dir: string, file: string): string[] {
  const sf = built.program.getSourceFile(path.join(dir, file))
  if (!sf) return []
  return built.program
    .getSemanticDiagnostics(sf)
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => `${d.start === undefined ? '' : sf.getLineAndCharacterOfPosition(d.start).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
}

async function compare(built: Built, file: string, source: string): Promise<Outcome> {
  const oracle = await withTimeout(runProgram(built.oracle, file, runtimes.oracle))
  const vtify = await withTimeout(runProgram(built.vtify, file, runtimes.vtify))
  const same = oracle.length === vtify.length && oracle.every((line, i) => line === vtify[i])
  return same ? { status: 'pass', source, lines: oracle.length } : { status: 'mismatch', source, oracle, vtify }
}

/** The log, or what went wrong instead (output that does not load, a run that never settles). */
async function withTimeout(run: Promise<string[]>): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<string[]>((resolve) => {
    timer = setTimeout(() => resolve([`did not settle in ${RUN_TIMEOUT_MS} ms`]), RUN_TIMEOUT_MS)
  })
  const failed = run.catch((error: unknown) => [`failed to run: ${error instanceof Error ? error.message : String(error)}`])
  try {
    return await Promise.race([failed, timeout])
  } finally {
    clearTimeout(timer)
  }
}
