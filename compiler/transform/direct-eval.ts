// A direct `eval(…)` in a multistate function runs code that reads and writes the function's
// locals by name; the transform keeps them in the thread's continuation (or in cells, or in a
// closure's captured copies), where code made at run time cannot find them. Refused, nested
// functions included, rather than compiled to code that sees other variables.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'
import { skipOuter } from '../outer.js'

export function checkNoDirectEval(fn: ts.Node, name: string): void {
  const visit = (node: ts.Node): void => {
    if (isDirectEval(node)) {
      const message = `a direct eval in multistate function ${name} is not supported: the code it runs would see the function's local variables, which vtify keeps in the thread's continuation. Rewrite this code without eval`
      throw new Unsupported(Codes.unsupportedConstruct, node, message)
    }
    ts.forEachChild(node, visit)
  }
  visit(fn)
}

/**
 * `eval(src)`, `(eval)(src)`, `(eval as F)(src)`: a call of the name `eval` itself, which stays
 * one once types are erased (`(0, eval)(src)` and `eval?.(src)` are indirect: global).
 */
function isDirectEval(node: ts.Node): boolean {
  if (!ts.isCallExpression(node) || node.questionDotToken) return false
  const callee = skipOuter(node.expression)
  return ts.isIdentifier(callee) && callee.text === 'eval'
}
