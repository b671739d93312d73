// What the transform hook hands the bundler for one module, made from a build: the code, or the
// error that blocks it, with its warnings as bundler logs (code frames included), so that the
// dev server's compiler worker (compile-worker.ts) can send it as plain data.

import path from 'node:path'
import type { SourceMap } from '../compiler/index.js'
import { errorOf, logOf, type BundlerLog, type LogTarget } from './logs.js'
import type { BuildView } from './view.js'

export type Served = { kind: 'outside' } | { kind: 'code'; code: string; map: SourceMap; warnings: BundlerLog[] } | { kind: 'failed'; error: BundlerLog }

/** `file`: absolute; `vite`: Vite's columns (logs.ts). */
export function servedOf(view: BuildView, file: string, vite: boolean): Served {
  const outcome = view.outcome(path.resolve(file))
  if (outcome.kind === 'outside') return outcome
  const target: LogTarget = { root: view.root, sourceOf: (name) => view.sourceText(name), vite }
  if (outcome.kind === 'failed') return { kind: 'failed', error: errorOf(outcome.diagnostics, file, target) }
  return { kind: 'code', code: outcome.code, map: outcome.map, warnings: outcome.warnings.map((d) => logOf(d, target)) }
}
