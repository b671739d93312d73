// The expressions around a value that do not change it: parentheses, and the type assertions
// (`as`, `satisfies`, `!`, `<T>`) that are gone once types are erased. The analysis looks through
// them to find what a call calls or a binding binds, and the transform to find what NamedEvaluation
// names and which callee it generates a call of; both must see through the same ones.

import ts from '#typescript'

export type Outer = ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression | ts.TypeAssertion

export function isOuter(node: ts.Node): node is Outer {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
}

/** `node` without the parentheses and type assertions around it. */
export function skipOuter<T extends ts.Node>(node: T): T | ts.Expression {
  let n: ts.Node = node
  while (isOuter(n)) n = n.expression
  return n as T | ts.Expression
}
