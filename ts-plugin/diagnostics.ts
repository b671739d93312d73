// VT diagnostics as semantic diagnostics: the model's (VT1001–VT1004), with its related locations
// (every call of a cycle, the multistate callback), then the transform's (VT2xxx, VT3xxx), which a
// build would report. Syntax errors (VT0001) are TypeScript's own already.

import ts from 'typescript'
import { Codes, type Diagnostic, type RelatedLocation } from '../compiler/index.js'
import type { FileView, ModelView } from './model-view.js'

/**
 * Numeric codes are the VT number plus this offset: TypeScript's quick fixes are keyed by number,
 * and 1002 and 1003 are TypeScript's own (tsserver would offer their fixes on our diagnostics).
 */
export const CODE_OFFSET = 90_000

export const DIAGNOSTIC_SOURCE = 'vtify'

export function diagnosticsOf(model: ModelView, file: FileView): ts.Diagnostic[] {
  const all = [...file.entries.diagnostics, ...model.transformDiagnosticsOf(file)]
  return all.filter((d) => d.code !== Codes.syntax).map((d) => toTsDiagnostic(model, file, d))
}

function toTsDiagnostic(model: ModelView, file: FileView, d: Diagnostic): ts.Diagnostic {
  return {
    file: file.sourceFile,
    start: d.start,
    length: d.end - d.start,
    messageText: `${d.code}: ${d.message}`,
    category: d.severity === 'error' ? ts.DiagnosticCategory.Error : ts.DiagnosticCategory.Warning,
    code: CODE_OFFSET + Number(d.code.slice(2)),
    source: DIAGNOSTIC_SOURCE,
    relatedInformation: d.related.flatMap((r) => related(model, r)),
  }
}

function related(model: ModelView, at: RelatedLocation): ts.DiagnosticRelatedInformation[] {
  const sourceFile = model.sourceFile(at.file)
  if (!sourceFile) return []
  return [{ file: sourceFile, start: at.start, length: at.end - at.start, messageText: at.message, category: ts.DiagnosticCategory.Message, code: 0 }]
}
