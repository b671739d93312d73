// The human-readable analysis report: multistate functions with their reason chains, state
// boundaries and layouts, then diagnostics with code frames.

import fs from 'node:fs'
import path from 'node:path'
import {
  codeFrame,
  directReasons,
  formatChain,
  namedVariables,
  type AnalysisReport,
  type Diagnostic,
  type FunctionInfo,
  type FunctionLayout,
} from '../compiler/index.js'

export function formatReport(model: AnalysisReport): string {
  const multistate = model.functions.filter((f) => f.multistate)
  const lines: string[] = [
    `vtify analyze: ${model.modules.length} module${plural(model.modules.length)}, ${model.functions.length} function${plural(model.functions.length)}, ` +
      `${multistate.length} multistate, ${model.threads.length} thread entr${model.threads.length === 1 ? 'y' : 'ies'}`,
    '',
  ]
  if (multistate.length > 0) lines.push('Multistate functions (they can block a virtual thread):', '')
  const layouts = new Map(model.layouts.map((l) => [l.id, l]))
  for (const fn of multistate) lines.push(...functionBlock(model, fn, layouts.get(fn.id)), '')
  const readSource = sourceReader(model.root)
  for (const d of model.diagnostics) lines.push(...diagnosticBlock(d, readSource), '')
  const errors = model.diagnostics.filter((d) => d.severity === 'error').length
  const warnings = model.diagnostics.length - errors
  lines.push(`${errors} error${plural(errors)}, ${warnings} warning${plural(warnings)}`)
  return `${lines.join('\n')}\n`
}

function functionBlock(model: AnalysisReport, fn: FunctionInfo, layout: FunctionLayout | undefined): string[] {
  // Every callee it blocks through, one per line under the first.
  const why = directReasons(model, fn).map((steps, i) => `    ${i === 0 ? 'why:' : '    '}        ${formatChain(fn.name, steps)}`)
  return [
    `  ${fn.name}  ${fn.file}:${fn.line}`,
    ...why,
    `    boundaries: ${fn.boundaries.map((b) => `${b.callee} (${b.line}:${b.column})`).join(', ')}`,
    ...(layout ? layoutLines(layout) : []),
  ]
}

/** Principle 1 (stored or local) and the thread's merged continuation (principle 2). */
function layoutLines(layout: FunctionLayout): string[] {
  const { stored, locals } = namedVariables(layout)
  const { slots, bytes, depth } = layout.continuation
  return [
    `    states:     ${layout.states.length}; stored: ${stored.join(', ') || '(none)'}; JS locals: ${locals.join(', ') || '(none)'}`,
    `    thread:     ${slots.length} slot${plural(slots.length)}, depth ${depth}, ~${bytes} bytes per continuation`,
  ]
}

function diagnosticBlock(d: Diagnostic, readSource: (file: string) => string | undefined): string[] {
  const out = [`${d.file}:${d.line}:${d.column} - ${d.severity} ${d.code}: ${d.message}`]
  const source = readSource(d.file)
  if (source !== undefined) out.push('', codeFrame(source, d.line, d.column, d.endLine === d.line ? d.endColumn : undefined))
  for (const r of d.related) out.push(`    ${r.file}:${r.line}:${r.column}: ${r.message}`)
  return out
}

function sourceReader(root: string): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>()
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, fs.readFileSync(path.join(root, file), 'utf8'))
      } catch {
        cache.set(file, undefined)
      }
    }
    return cache.get(file)
  }
}

function plural(n: number): string {
  return n === 1 ? '' : 's'
}
