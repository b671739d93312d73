// Inlay hints: `⏸1`, `⏸2`, … before every call where the thread can suspend, numbered in source
// order per function (the states of the generated machine, once the transform numbers them), and
// `⏸ multistate` after the name of every multistate function.

import ts from 'typescript'
import type { FileView } from './model-view.js'
import { nodeAt } from './positions.js'

export function inlayHintsIn(file: FileView, span: ts.TextSpan): ts.InlayHint[] {
  const inSpan = (position: number): boolean => position >= span.start && position <= span.start + span.length
  const hints: ts.InlayHint[] = []
  for (const [offset, fn] of file.functionsAt) {
    if (!fn.multistate) continue
    const position = declarationHintPosition(file, offset)
    if (inSpan(position)) hints.push({ text: '⏸ multistate', position, kind: ts.InlayHintKind.Type, whitespaceBefore: true })
  }
  for (const { number, offset } of file.boundaries) {
    if (inSpan(offset)) hints.push({ text: `⏸${number}`, position: offset, kind: ts.InlayHintKind.Parameter, whitespaceAfter: true })
  }
  return hints.sort((a, b) => a.position - b.position)
}

/** After a function's name; before an anonymous function (its anchor is then its start). */
function declarationHintPosition(file: FileView, anchor: number): number {
  const node = nodeAt(file.sourceFile, anchor)
  return ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteral(node) ? node.getEnd() : anchor
}
