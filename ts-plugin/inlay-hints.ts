// Inlay hints: `⏸1`, `⏸2`, … before every call where the thread can suspend, numbered in source
// order per function (the states of the generated machine, once the transform numbers them), and
// `⏸ multistate` after the name of every multistate function.

import ts from 'typescript'
import { nodeAt, type FunctionInfo } from '../compiler/index.js'
import type { FileView } from './model-view.js'

export function inlayHintsIn(file: FileView, span: ts.TextSpan): ts.InlayHint[] {
  const inSpan = (position: number): boolean => position >= span.start && position <= span.start + span.length
  const hints: ts.InlayHint[] = []
  for (const fn of file.entries.functions) {
    // The hint lies within the function's span (its name, or all of it): only those that meet the
    // requested span are looked up in the tree, not every function of a long file at each request.
    if (!fn.multistate || fn.end < span.start || fn.start > span.start + span.length) continue
    const position = declarationHintPosition(file, fn)
    if (inSpan(position)) hints.push({ text: '⏸ multistate', position, kind: ts.InlayHintKind.Type, whitespaceBefore: true })
  }
  for (const { number, boundary } of file.entries.boundaries) {
    if (inSpan(boundary.start)) hints.push({ text: `⏸${number}`, position: boundary.start, kind: ts.InlayHintKind.Parameter, whitespaceAfter: true })
  }
  return hints.sort((a, b) => a.position - b.position)
}

/** After a function's name; before an anonymous function (its span is then the whole function). */
function declarationHintPosition(file: FileView, fn: FunctionInfo): number {
  const node = nodeAt(file.sourceFile, fn.start)
  return ts.isIdentifier(node) || ts.isPrivateIdentifier(node) || ts.isStringLiteral(node) ? fn.end : fn.start
}
