// Test helpers: analyse a fixture and reduce the model to what a test states by hand.

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzePath, type AnalysisModel } from '../../compiler/index.js'

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

export function fixture(name: string): string {
  return path.join(FIXTURES, name)
}

export function analyzeFixture(name: string): AnalysisModel {
  return analyzePath(fixture(name))
}

export interface Summary {
  /** `file#name` of every multistate function, sorted. */
  multistate: string[]
  /** Per multistate function, its boundaries as `callee@line`. */
  boundaries: Record<string, string[]>
  /** `CODE file:line:column`, in source order. */
  diagnostics: string[]
}

export function summarize(model: AnalysisModel): Summary {
  const multistate = model.functions.filter((f) => f.multistate)
  return {
    multistate: multistate.map((f) => `${f.file}#${f.name}`).sort(),
    boundaries: Object.fromEntries(multistate.map((f) => [`${f.file}#${f.name}`, f.boundaries.map((b) => `${b.callee}@${b.line}`)])),
    diagnostics: model.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`),
  }
}

/** `handle → readLine (server.ts:12) → VT_read (io.ts:3)` style chain of one function. */
export function reasonOf(model: AnalysisModel, file: string, name: string): string {
  const fn = model.functions.find((f) => f.file === file && f.name === name)
  if (!fn) throw new Error(`no function ${file}#${name} in the model`)
  return [name, ...fn.reason.map((s) => `${s.name}${s.via ? ` via ${s.via}` : ''} (${s.file}:${s.line})`)].join(' → ')
}
