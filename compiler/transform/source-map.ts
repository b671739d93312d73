// The source map of a transformed module, in two legs chained: the generator's marked text
// (markers.ts) → the original TypeScript, built here while the markers are stripped; and the
// JavaScript → that text, from TypeScript's type erasure. Chained, the map goes from the
// JavaScript straight to the original file.
//
// A marker says where the text after it comes from. From there the text is followed along the
// source character by character while the two agree (a copied span: every token mapped to its
// own place); where they part (generated code, a local renamed to its continuation field), the
// rest up to the next marker maps to the point where they parted, and every line of it gets a
// mapping, so that a frame anywhere in a state's code finds its source line.

import { GenMapping, addSegment, setSourceContent, toEncodedMap } from '@jridgewell/gen-mapping'
import remapping from '@jridgewell/remapping'
import { MARK_CLOSE, MARK_OPEN } from './markers.js'

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

/** `marked` without its markers, and the map from that text to the original. */
export function unmark(marked: string, original: Original): { text: string; map: SourceMap } {
  const gen = new GenMapping()
  setSourceContent(gen, original.name, original.text)
  const position = lineColumn(original.text)
  const out: string[] = []
  let line = 0
  let column = 0
  let from: number | undefined
  let copying = false
  /** A mapping is due at the next character (after a marker, or where the copy parted). */
  let due = false
  let prev = '\n'
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!
    if (c === MARK_OPEN) {
      const close = marked.indexOf(MARK_CLOSE, i)
      const digits = marked.slice(i + 1, close)
      if (close > i && /^\d*$/.test(digits)) {
        from = digits === '' ? undefined : Number(digits)
        copying = from !== undefined
        due = true
        i = close
        continue
      }
    }
    if (copying && original.text[from!] !== c) {
      copying = false
      due = true
    }
    const map = from !== undefined && (due || column === 0 || (copying && startsToken(prev, c)))
    if (map) {
      const at = position(from!)
      addSegment(gen, line, column, original.name, at.line, at.column)
      due = false
    }
    if (copying) from!++
    out.push(c)
    prev = c
    if (c === '\n') {
      line++
      column = 0
    } else column++
  }
  return { text: out.join(''), map: toEncodedMap(gen) as SourceMap }
}

/** A word starts, or anything after white space: the places a stack frame's column points at. */
function startsToken(prev: string, c: string): boolean {
  if (/\s/.test(c)) return false
  return /\s/.test(prev) || (/[\w$]/.test(c) && !/[\w$]/.test(prev))
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

/** The map of the JavaScript (`erased`, over the unmarked text) chained to the original through `unmarked`. */
export function chain(erased: string, unmarked: SourceMap): SourceMap {
  // The loader is asked once for the erased map's one source (the unmarked text), then for
  // that map's source, the original.
  const map = remapping(erased, (_file, ctx) => (ctx.depth === 1 ? unmarked : null))
  return JSON.parse(map.toString()) as SourceMap
}
