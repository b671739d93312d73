// Printing a module: the holes of its generated text (holes.ts) filled — jump targets with
// their state numbers, variables with their slots or JS locals — in the one pass that strips
// the source holes and builds the source map from them (source-map.ts).

import { checkedId, type Label } from './emit.js'
import { HOLE, parseHole } from './holes.js'
import { Mapper, type Original, type SourceMap } from './source-map.js'

/** What the holes of a module stand for, known once all its state machines are built. */
export interface HoleValues {
  /** The module's jump targets, by hole number (ModuleScope.jumpTargets). */
  jumpTargets: readonly Label[]
  /** A variable read through the continuation `k` (slots.ts, variableAccess). */
  variable(k: string, field: string): string
}

/** A piece of a module: source copied as it is, or generated code with holes, written in place of the source from `at`. */
export interface Piece {
  text: string
  at: number
  generated: boolean
}

/** The pieces with the holes of the generated ones filled, and the map from the printed text to the original. */
export function print(pieces: readonly Piece[], values: HoleValues, original: Original): { text: string; map: SourceMap } {
  const mapper = new Mapper(original)
  const out: string[] = []
  for (const piece of pieces) {
    mapper.from(piece.at)
    if (piece.generated) fill(piece.text, values, mapper, out)
    else out.push(mapper.text(piece.text))
  }
  return { text: out.join(''), map: mapper.map() }
}

function fill(text: string, values: HoleValues, mapper: Mapper, out: string[]): void {
  // Split by HOLE, the pieces at odd places are between two delimiters: holes.
  text.split(HOLE).forEach((piece, i) => {
    if (i % 2 === 0) {
      out.push(mapper.text(piece))
      return
    }
    const hole = parseHole(piece)
    if (hole.kind === 'source') mapper.from(hole.offset)
    else out.push(mapper.text(hole.kind === 'label' ? checkedId(values.jumpTargets[hole.index]!) : values.variable(hole.k, hole.field)))
  })
}
