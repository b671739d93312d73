// Diagnostics of the transform: unsupported input is reported with a code and a span, never
// turned into silently wrong code. Codes are in compiler/diagnostics/codes.ts (VT2xxx).

import ts from '#typescript'
import { withDocsLink } from '../diagnostics/links.js'
import { spanAt } from '../locate.js'
import type { Diagnostic } from '../model.js'

/** A place of the same module a diagnostic points to as well, and what it is. */
export interface RelatedNode {
  node: ts.Node
  message: string
}

/** Thrown while generating one function: that function (and so its module) gets no output. */
export class Unsupported extends Error {
  constructor(
    readonly code: string,
    readonly node: ts.Node,
    message: string,
    readonly related: readonly RelatedNode[] = [],
  ) {
    super(message)
  }
}

export function toDiagnostic(file: string, sf: ts.SourceFile, error: Unsupported): Diagnostic {
  const spanOf = (node: ts.Node) => spanAt(file, sf, node.getStart(sf), node.getEnd())
  const related = error.related.map(({ node, message }) => ({ ...spanOf(node), message }))
  return { code: error.code, severity: 'error', message: withDocsLink(error.code, error.message), ...spanOf(error.node), related }
}
