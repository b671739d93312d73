// Mapping between the analysis model's places (file relative to the root, 1-based line and
// column) and the language service's (absolute file name, 0-based offsets), and finding nodes.

import ts from 'typescript'
import type { Location } from '../compiler/model.js'

export function offsetOf(sourceFile: ts.SourceFile, at: Pick<Location, 'line' | 'column'>): number {
  return sourceFile.getPositionOfLineAndCharacter(at.line - 1, at.column - 1)
}

/** The innermost node whose extent (without leading trivia) contains `position`. */
export function nodeAt(sourceFile: ts.SourceFile, position: number): ts.Node {
  let node: ts.Node = sourceFile
  for (;;) {
    const child: ts.Node | undefined = ts.forEachChild(node, (c) => (c.getStart(sourceFile) <= position && position < c.getEnd() ? c : undefined))
    if (!child) return node
    node = child
  }
}

/** The innermost node starting at `start` and ending at `end`, if there is one. */
export function nodeSpanning(sourceFile: ts.SourceFile, start: number, end: number): ts.Node | undefined {
  for (let node: ts.Node | undefined = nodeAt(sourceFile, start); node && node.getEnd() <= end; node = node.parent) {
    if (node.getStart(sourceFile) === start && node.getEnd() === end) return node
  }
  return undefined
}

/** Where a function's name is, or where it starts if it has none: the model's function location. */
export function functionAnchor(fn: ts.SignatureDeclaration): ts.Node {
  return fn.name ?? fn
}

export function startOf(position: number | ts.TextRange): number {
  return typeof position === 'number' ? position : position.pos
}
