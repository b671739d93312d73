// vtify's diagnostics (VT1001–VT1004, VT2xxx) as CodeMirror lint markers, with their related
// locations listed under the message.

import type { Diagnostic as LintDiagnostic } from '@codemirror/lint'
import type { Diagnostic } from '../../../compiler/index'

function render(d: Diagnostic): () => Node {
  return () => {
    const dom = document.createElement('div')
    dom.appendChild(document.createElement('div')).textContent = `${d.code}: ${d.message}`
    for (const r of d.related) dom.appendChild(document.createElement('div')).textContent = `  ${r.file}:${r.line}:${r.column} ${r.message}`
    return dom
  }
}

export function lintDiagnostics(diagnostics: readonly Diagnostic[], length: number): LintDiagnostic[] {
  return diagnostics.map((d) => ({
    from: Math.min(d.start, length),
    to: Math.min(Math.max(d.end, d.start), length),
    severity: d.severity === 'error' ? 'error' : 'warning',
    source: d.code,
    message: `${d.code}: ${d.message}`,
    renderMessage: render(d),
  }))
}
