// Between the model and the syntax: the span of a node, and the node (or model entry) at a span.
// Every entry of the model is found by the offsets of its span, never by parsing an id or by
// matching lines, columns or source text; the transform, the editor plugin and the lint rules all
// go through here.

import ts from '#typescript'
import type { FunctionInfo, Span } from './model.js'

/** The span [start, end) of `file` (a model file name), whose text is `sf`'s. */
export function spanAt(file: string, sf: ts.SourceFile, start: number, end: number): Span {
  const from = sf.getLineAndCharacterOfPosition(start)
  const to = sf.getLineAndCharacterOfPosition(end)
  return { file, line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1, start, end }
}

/** Just the span of `entry` (a fact, a model entry): a model entry built from it holds no more. */
export function spanOf(entry: Span): Span {
  const { file, line, column, endLine, endColumn, start, end } = entry
  return { file, line, column, endLine, endColumn, start, end }
}

/**
 * `entry`'s span and the fields of `rest`: what `{ ...spanOf(entry), ...rest }` means, without the
 * spread. V8 builds an object literal that spreads and then adds properties on a slow path, about
 * 2 µs each; the extraction builds one per function and per call of a file, the analysis one per
 * call of the program on every edit (60 ms of a 20k-line program's hot update; a fifth of its
 * analysis from scratch: docs/benchmarks.md, "Facts built without object spread").
 */
export function withSpan<T extends object>(entry: Span, rest: T): Span & T {
  return Object.assign(spanOf(entry), rest)
}

/** A node's span, leading trivia left out. */
export function spanOfNode(file: string, node: ts.Node): Span {
  const sf = node.getSourceFile()
  return spanAt(file, sf, node.getStart(sf), node.getEnd())
}

/** The node a function's model entry spans: its name, or the whole function when it has none. */
export function functionAnchor(fn: ts.SignatureDeclaration): ts.Node {
  return fn.name ?? fn
}

/** The innermost node whose extent (without leading trivia) contains `position`. */
export function nodeAt(sf: ts.SourceFile, position: number): ts.Node {
  let node: ts.Node = sf
  for (;;) {
    const child: ts.Node | undefined = ts.forEachChild(node, (c) => (c.getStart(sf) <= position && position < c.getEnd() ? c : undefined))
    if (!child) return node
    node = child
  }
}

/** The innermost node that covers exactly `span`, if there is one. */
export function nodeSpanning(sf: ts.SourceFile, span: Pick<Span, 'start' | 'end'>): ts.Node | undefined {
  for (let node: ts.Node | undefined = nodeAt(sf, span.start); node && node.getEnd() <= span.end; node = node.parent) {
    if (node.getStart(sf) === span.start && node.getEnd() === span.end) return node
  }
  return undefined
}

/** The function a FunctionInfo of `sf` names. */
export function functionNodeOf(sf: ts.SourceFile, fn: FunctionInfo): ts.SignatureDeclaration | undefined {
  const anchor = nodeSpanning(sf, fn)
  const node = anchor && !ts.isFunctionLike(anchor) ? anchor.parent : anchor
  return node && ts.isFunctionLike(node) && functionAnchor(node) === anchor ? node : undefined
}

/** Model entries of one file by their span: what a node (a call, a function) is in the model. */
export class SpanIndex<T> {
  private readonly byStart = new Map<number, T[]>()

  constructor(
    entries: Iterable<T>,
    private readonly spanOf: (entry: T) => Pick<Span, 'start' | 'end'>,
  ) {
    for (const entry of entries) {
      const { start } = spanOf(entry)
      const list = this.byStart.get(start)
      if (list) list.push(entry)
      else this.byStart.set(start, [entry])
    }
  }

  /** The entry spanning exactly `node` (leading trivia left out). */
  at(node: ts.Node, sf: ts.SourceFile = node.getSourceFile()): T | undefined {
    const end = node.getEnd()
    return this.byStart.get(node.getStart(sf))?.find((e) => this.spanOf(e).end === end)
  }
}
