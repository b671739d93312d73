// Syntax errors become VT0001 diagnostics: a file that does not parse is reported, not a crash.

import ts from '#typescript'
import type { Diagnostic } from '../model.js'
import { relativeFile, type ExtractContext } from './context.js'

export function syntaxDiagnostics(ctx: ExtractContext): Diagnostic[] {
  return ctx.program.getSyntacticDiagnostics(ctx.sourceFile).map((d) => {
    const sf = ctx.sourceFile
    const start = sf.getLineAndCharacterOfPosition(d.start ?? 0)
    const end = sf.getLineAndCharacterOfPosition((d.start ?? 0) + (d.length ?? 0))
    return {
      code: 'VT0001',
      severity: 'error',
      message: `Syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ').replace(/\.$/, '')}. vtify cannot analyse this file until it parses.`,
      file: relativeFile(ctx.root, sf.fileName),
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      related: [],
    }
  })
}
