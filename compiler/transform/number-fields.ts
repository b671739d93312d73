// Variables that only ever hold numbers, so that their slots can start as 0 instead of undefined
// (slots.ts, continuation.ts). V8 gives a field the representation of what it has held: one that
// started as undefined is tagged, and every number stored there that is not a small integer is a
// new heap object — 16 bytes at each store of a double, at every state transition. A field that
// started as 0 becomes a double field at the first double, updated in place.
//
// Which value a slot starts with is seen only by a read before the variable's first write. Those
// reads are excluded here: the variable is declared with an initialiser (or is a parameter, which
// its call writes), is not a `var` (read before its declaration, it is undefined), and is not a
// cell (its field holds the cell, an object; a local read before its declaration has one).

import ts from '#typescript'
import type { Layout } from './variables.js'

export function numberFields(layout: Layout, checker: ts.TypeChecker): Set<string> {
  // symbols that share a field (`var x` beside a parameter x) must all hold numbers
  return keysAlwaysTrue(
    [...layout.locals].map(([symbol, field]) => [
      field,
      !layout.varSymbols.has(symbol) && !layout.cells.has(field) && writtenFirst(symbol) && holdsNumbers(checker.getTypeOfSymbol(symbol)),
    ]),
  )
}

/** The keys every one of whose verdicts is true. */
export function keysAlwaysTrue<K>(verdicts: Iterable<readonly [K, boolean]>): Set<K> {
  const always = new Map<K, boolean>()
  for (const [key, verdict] of verdicts) always.set(key, (always.get(key) ?? true) && verdict)
  return new Set([...always].filter(([, verdict]) => verdict).map(([key]) => key))
}

/** Its declaration writes it before anything can read it: a parameter, or a declaration with an initialiser (destructured or not). */
function writtenFirst(symbol: ts.Symbol): boolean {
  let node: ts.Node | undefined = symbol.valueDeclaration
  while (node !== undefined && ts.isBindingElement(node)) node = node.parent.parent
  if (node === undefined) return false
  return ts.isParameter(node) || (ts.isVariableDeclaration(node) && node.initializer !== undefined)
}

function holdsNumbers(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(holdsNumbers)
  return (type.flags & ts.TypeFlags.NumberLike) !== 0
}
