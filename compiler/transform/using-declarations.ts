// A `using` (or `await using`) declaration disposes of its resource when its block ends, however
// it ends. A multistate function's blocks are split into states: the declaration would become a
// plain variable of the thread's continuation, and nothing would dispose of it. Refused until
// the transform runs the disposal at the block's end across its states. Nested functions are
// left alone: a plain one is copied as it is, and a multistate one is checked on its own.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'

export function checkNoUsing(fn: ts.Node, name: string): void {
  const visit = (node: ts.Node): void => {
    // `await using` needs an async function, which a multistate function cannot be (VT1003).
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Using) !== 0) {
      const message =
        `a \`using\` declaration in multistate function ${name} is not supported yet: vtify would keep the resource in the thread's continuation and never dispose of it. ` +
        'Move the declaration and the code that uses the resource into a function that does not block; a resource held across a state boundary needs a `finally` that disposes of it'
      throw new Unsupported(Codes.unsupportedConstruct, node, message)
    }
    if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn, visit)
}
