// Diagnostics of the transform: unsupported input is reported with a code and a span, never
// turned into silently wrong code. Codes are in compiler/diagnostics/codes.ts (VT2xxx).

import ts from '#typescript'
import type { Diagnostic } from '../model.js'

/** Thrown while generating one function: that function (and so its module) gets no output. */
export class Unsupported extends Error {
  constructor(readonly code: string, readonly node: ts.Node, message: string) {
    super(message)
  }
}

export function toDiagnostic(file: string, sf: ts.SourceFile, error: Unsupported): Diagnostic {
  const start = sf.getLineAndCharacterOfPosition(error.node.getStart(sf))
  const end = sf.getLineAndCharacterOfPosition(error.node.getEnd())
  return {
    code: error.code,
    severity: 'error',
    message: error.message,
    file,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    related: [],
  }
}
