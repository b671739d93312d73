// Diagnostics of the transform: unsupported input is reported with a code and a span, never
// turned into silently wrong code. Codes are in compiler/diagnostics/codes.ts (VT2xxx).

import ts from '#typescript'
import { withDocsLink } from '../diagnostics/links.js'
import { spanAt } from '../locate.js'
import type { Diagnostic } from '../model.js'

/** Thrown while generating one function: that function (and so its module) gets no output. */
export class Unsupported extends Error {
  constructor(
    readonly code: string,
    readonly node: ts.Node,
    message: string,
  ) {
    super(message)
  }
}

export function toDiagnostic(file: string, sf: ts.SourceFile, error: Unsupported): Diagnostic {
  const span = spanAt(file, sf, error.node.getStart(sf), error.node.getEnd())
  return { code: error.code, severity: 'error', message: withDocsLink(error.code, error.message), ...span, related: [] }
}
