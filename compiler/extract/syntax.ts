// Syntax errors become VT0001 diagnostics: a file that does not parse is reported, not a crash.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { withDocsLink } from '../diagnostics/links.js'
import { spanAt } from '../locate.js'
import type { Diagnostic } from '../model.js'
import { relativeFile, type ExtractContext } from './context.js'

export function syntaxDiagnostics(ctx: ExtractContext): Diagnostic[] {
  return ctx.program.getSyntacticDiagnostics(ctx.sourceFile).map((d) => {
    const sf = ctx.sourceFile
    const start = d.start ?? 0
    return {
      code: Codes.syntax,
      severity: 'error',
      message: withDocsLink(
        Codes.syntax,
        `Syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/\.$/, '')}. vtify cannot analyse this file until it parses.`,
      ),
      ...spanAt(relativeFile(ctx.root, sf.fileName), sf, start, start + (d.length ?? 0)),
      related: [],
    }
  })
}
