// `vtify analyze`: the analysis model, with the transform's layouts, as a report or as JSON.

import { Project, resolveInput, transformProject, type AnalysisReport } from '../compiler/index.js'
import { UsageError } from './errors.js'
import { formatReport } from './report.js'

export function runAnalyze(args: readonly string[], out: NodeJS.WritableStream): number {
  const json = args.includes('--json')
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json')
  if (unknown.length > 0) throw new UsageError(`analyze: unknown option ${unknown[0]}`)
  const targets = args.filter((a) => !a.startsWith('-'))
  if (targets.length !== 1) throw new UsageError('analyze needs exactly one entry file, directory or tsconfig.json')
  const model = analyzeWithLayouts(targets[0]!)
  out.write(json ? `${JSON.stringify(model, null, 2)}\n` : formatReport(model))
  return model.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
}

/**
 * The analysis with what the transform makes of it: layouts, and the transform's own
 * diagnostics (VT2xxx). A program with analysis errors is not transformed: no layouts.
 */
function analyzeWithLayouts(target: string): AnalysisReport {
  // Layouts only: printing every module's JavaScript would be most of the time, for nothing.
  const { model, layouts, diagnostics } = transformProject(new Project(resolveInput(target)), { layoutsOnly: true })
  return { ...model, diagnostics: [...model.diagnostics, ...diagnostics], layouts }
}
