// A variable the generated code reads as a property — its slot `k.f$x`, or the cell `x.v` a
// closure shares (cells.ts) — is called with the continuation or the cell as its `this` when the
// source calls it (`x()`, `(x)()`, `(x as F)()`, `x!()`, `x?.()`, ``x`…` ``): read as `(0, k.f$x)` it is called with
// none, as calling the variable is. Both printers use this: a multistate function's own code
// (plain.ts) and the closures inside it (nested.ts).

import ts from '#typescript'
import { isOuter } from '../outer.js'

/** `property`, the printed read of the variable `id`, as the callee it is when `id` is called. */
export function asValue(id: ts.Identifier, property: string): string {
  return callOf(id) ? `(0, ${property})` : property
}

/** The call or tagged template that calls `id` (through parentheses and type assertions), if any. */
export function callOf(id: ts.Identifier): ts.CallExpression | ts.TaggedTemplateExpression | undefined {
  let node: ts.Node = id
  while (isOuter(node.parent)) node = node.parent
  const parent = node.parent
  if (ts.isCallExpression(parent) && parent.expression === node) return parent
  return ts.isTaggedTemplateExpression(parent) && parent.tag === node ? parent : undefined
}
