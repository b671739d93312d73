// Source positions carried inside generated text. The generator builds a module as strings, so
// where a piece of generated code comes from travels with it: a marker before the piece names
// the source offset it starts at. source-map.ts strips the markers and turns them into the map.
// They are control characters that printed source text does not contain, not comments, so that
// a comment of the source can never be taken for one.

import type ts from '#typescript'

export const MARK_OPEN = '\u0002'
export const MARK_CLOSE = '\u0003'

/** The text after this marker comes from the source at `offset` (copied from there while it matches). */
export function sourceAt(offset: number): string {
  return `${MARK_OPEN}${offset}${MARK_CLOSE}`
}

/** The text after this marker comes from `node`. */
export function sourceOf(node: ts.Node, sf: ts.SourceFile): string {
  return sourceAt(node.getStart(sf))
}

/** The text after this marker has no source (generated declarations): it is left out of the map. */
export const UNMAPPED = `${MARK_OPEN}${MARK_CLOSE}`
