// `vtify analyze` when the cache cannot answer: the program analysed, with what the transform
// makes of it. Loads TypeScript.

import { Project, resolveInput, transformProject, type AnalysisReport } from '../compiler/index.js'
import { programInputs, saveCodeCache, type InputRecord } from '../compiler/node.js'
import type { AnalyzeOutput } from './analyze.js'
import { formatReport } from './report.js'

export function analyzeProgram(target: string, json: boolean): { output: AnalyzeOutput; inputs: InputRecord } {
  const project = new Project(resolveInput(target))
  const report = analyzeWithLayouts(project)
  saveCodeCache()
  const text = json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report)
  const status = report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0
  return { output: { text, status }, inputs: programInputs(project) }
}

/**
 * The analysis with what the transform makes of it: layouts, and the transform's own
 * diagnostics (VT2xxx, VT3xxx; VT3002 a warning). A program with analysis errors is not transformed: no layouts.
 */
function analyzeWithLayouts(project: Project): AnalysisReport {
  // Layouts only: printing every module's JavaScript would be most of the time, for nothing.
  const { model, layouts, diagnostics, warnings } = transformProject(project, { layoutsOnly: true })
  return { ...model, diagnostics: [...model.diagnostics, ...diagnostics, ...warnings], layouts }
}
