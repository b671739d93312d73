// The source map of a transformed module, in two legs chained: the printed text (print.ts) →
// the original TypeScript, built while the module is printed; and the JavaScript → that text,
// from TypeScript's type erasure. Chained, the map goes from the JavaScript straight to the
// original file.
//
// A source hole (holes.ts) says where the text after it comes from. From there the text is
// followed along the source character by character while the two agree (a copied span: every
// token mapped to its own place); where they part (generated code, a local renamed to its
// continuation field), the rest up to the next source hole maps to the point where they parted,
// and every line of it gets a mapping, so that a frame anywhere in a state's code finds its
// source line.

import { GenMapping, addSegment, setSourceContent, toEncodedMap } from '@jridgewell/gen-mapping'
import remapping from '@jridgewell/remapping'

/** A source map (version 3) as JSON, of one module: one source, with its content. */
export interface SourceMap {
  version: 3
  file?: string
  sources: string[]
  sourcesContent?: string[]
  names: string[]
  mappings: string
}

/** The source file a map points at, as the map names it, and its text. */
export interface Original {
  name: string
  text: string
}

const NEWLINE = 10

/** Maps the printed text, piece by piece, as it is written after each source hole. */
export class Mapper {
  private readonly gen = new GenMapping()
  private readonly position: (offset: number) => { line: number; column: number }
  private line = 0
  private column = 0
  /** The source offset the next character comes from, if any. */
  private source: number | undefined
  /** The text agrees with the source since the last source hole. */
  private copying = false
  /** A mapping is due at the next character (after a source hole, or where the copy parted). */
  private due = false
  private prev = NEWLINE

  constructor(private readonly original: Original) {
    setSourceContent(this.gen, original.name, original.text)
    this.position = lineColumn(original.text)
  }

  from(offset: number | undefined): void {
    this.source = offset
    this.copying = offset !== undefined
    this.due = true
  }

  text(piece: string): string {
    const source = this.original.text
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i)
      if (this.copying && source.charCodeAt(this.source!) !== c) {
        this.copying = false
        this.due = true
      }
      if (this.source !== undefined && (this.due || this.column === 0 || (this.copying && startsToken(this.prev, c)))) {
        const at = this.position(this.source)
        addSegment(this.gen, this.line, this.column, this.original.name, at.line, at.column)
        this.due = false
      }
      if (this.copying) this.source!++
      this.prev = c
      if (c === NEWLINE) {
        this.line++
        this.column = 0
      } else this.column++
    }
    return piece
  }

  map(): SourceMap {
    return toEncodedMap(this.gen) as SourceMap
  }
}

/** A word starts, or anything after white space: the places a stack frame's column points at. */
function startsToken(prev: number, c: number): boolean {
  if (isSpace(c)) return false
  return isSpace(prev) || (isWord(c) && !isWord(prev))
}

function isSpace(c: number): boolean {
  return c === 32 || c === NEWLINE || c === 9 || c === 13
}

/** An identifier or number character (anything beyond ASCII counts as one). */
function isWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c > 127
}

/** Offset → 0-based line and column in `text`. */
function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return (offset) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo, column: offset - starts[lo]! }
  }
}

/** The map of the JavaScript (`erased`, over the printed text) chained to the original through `printed`. */
export function chain(erased: string, printed: SourceMap): SourceMap {
  // The loader is asked once for the erased map's one source (the printed text), then for
  // that map's source, the original.
  const map = remapping(erased, (_file, ctx) => (ctx.depth === 1 ? printed : null))
  return JSON.parse(map.toString()) as SourceMap
}
