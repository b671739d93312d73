// Generated code is text with holes. A hole stands for a part of the code whose text is not
// known when the code is written, and carries the value that decides it:
// - a jump target (label): its state number is fixed when its state is marked (emit.ts);
// - a variable of a multistate function, read or written through the continuation: whether it
//   is a continuation slot, and which, or a JS local of the state machine is decided once every
//   machine of the module is built (slots.ts);
// - a source position: the text after it comes from there (source-map.ts).
// print.ts fills every hole in one pass when the module is printed. A hole is found by its
// delimiter, HOLE, alone — never by the shape of a name. Only generated pieces are searched for
// holes; they copy source text, so module.ts refuses a multistate module whose text holds HOLE.

import type ts from '#typescript'

/** Delimits a hole on both sides: a control character that source text is checked not to contain. */
export const HOLE = '\u0001'

export type Hole =
  /** The module's jump target number `index` (ModuleScope.jumpTargets). */
  | { kind: 'label'; index: number }
  /** A variable's field `field`, read through the continuation `k`: `k.<slot>`, or the JS local `field`. */
  | { kind: 'variable'; k: string; field: string }
  /** The text after it comes from the source at `offset`, or from nowhere (generated declarations). */
  | { kind: 'source'; offset: number | undefined }

// Inside the delimiters: a letter for the kind, then its value (names and continuations hold no space).
export function labelHole(index: number): string {
  return `${HOLE}L${index}${HOLE}`
}

export function variableHole(k: string, field: string): string {
  return `${HOLE}V${k} ${field}${HOLE}`
}

/** The text after this hole comes from the source at `offset` (copied from there while it matches). */
export function sourceAt(offset: number): string {
  return `${HOLE}S${offset}${HOLE}`
}

/** The text after this hole comes from `node`. */
export function sourceOf(node: ts.Node, sf: ts.SourceFile): string {
  return sourceAt(node.getStart(sf))
}

/** The text after this hole has no source (generated declarations): it is left out of the map. */
export const UNMAPPED = `${HOLE}S${HOLE}`

/** What is between two HOLE delimiters. */
export function parseHole(inside: string): Hole {
  const value = inside.slice(1)
  switch (inside[0]) {
    case 'L':
      return { kind: 'label', index: Number(value) }
    case 'V': {
      const space = value.indexOf(' ')
      return { kind: 'variable', k: value.slice(0, space), field: value.slice(space + 1) }
    }
    case 'S':
      return { kind: 'source', offset: value === '' ? undefined : Number(value) }
    default:
      throw new Error(`vtify internal error: a hole of no known kind in generated code (${JSON.stringify(inside)})`)
  }
}

/** The variable `code` reads, if it is exactly one variable hole (a temporary the generator made). */
export function variableIn(code: string): { k: string; field: string } | undefined {
  if (!code.startsWith(`${HOLE}V`) || code.indexOf(HOLE, 1) !== code.length - 1) return undefined
  const hole = parseHole(code.slice(1, -1))
  return hole.kind === 'variable' ? hole : undefined
}
