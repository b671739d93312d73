// Rules that surface the compiler's own diagnostics (VT1001–VT1004) as lint errors: the model already
// holds the finding, its exact span and a message with the fix, so the rule only maps codes to ids.

import type { TSESLint } from '@typescript-eslint/utils'
import { analysisFor } from './analysis.js'

/** Reports, on `Program`, every diagnostic of the linted file whose code is a key of `messageIds`. */
export function reportDiagnostics<MessageId extends string>(
  context: Readonly<TSESLint.RuleContext<MessageId, readonly unknown[]>>,
  messageIds: Readonly<Record<string, MessageId>>,
): TSESLint.RuleListener {
  const { diagnostics } = analysisFor(context)
  return {
    Program() {
      for (const d of diagnostics) {
        const messageId = messageIds[d.code]
        if (!messageId) continue
        context.report({
          messageId,
          data: { message: d.message },
          // The model's columns are 1-based, ESLint's 0-based.
          loc: { start: { line: d.line, column: d.column - 1 }, end: { line: d.endLine, column: d.endColumn - 1 } },
        })
      }
    },
  }
}
