// Bindings a multistate function declares that the transform does not keep in the thread's
// continuation, refused until it does; nested functions are left alone (a plain one is copied
// as it is, a multistate one is checked on its own):
// - a `using` declaration in the head of a for…of or for loop disposes of its resource at the end
//   of each iteration or of the loop; split into states, it would become a plain variable that
//   nothing disposes of (one in a block is lowered: explode-using.ts; one outside a block is a
//   syntax error that TypeScript's parser lets through, with no block to keep its resource);
// - an enum or a namespace is a value TypeScript builds when the types are erased, after the
//   state machine is made: gone once the thread resumes (a ReferenceError), and a namespace's
//   exported members would be taken for the function's own variables.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'

export function checkOwnBindings(fn: ts.Node, name: string): void {
  const visit = (node: ts.Node): void => {
    const refused = unkept(node, name)
    if (refused) throw new Unsupported(Codes.unsupportedConstruct, refused.at, refused.message)
    if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn, visit)
}

/** A binding the transform does not keep: where to point, and what to say. */
function unkept(node: ts.Node, name: string): { at: ts.Node; message: string } | undefined {
  // `await using` needs an async function, which a multistate function cannot be (VT1003).
  const using = ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Using) !== 0
  // JavaScript allows one only in a block (`if (c) using x = r` and one directly in a case clause
  // are syntax errors that TypeScript's parser lets through).
  if (using && ts.isVariableStatement(node.parent) && !ts.isBlock(node.parent.parent)) {
    const fix = ts.isCaseOrDefaultClause(node.parent.parent)
      ? "Put the clause's statements in a block: `case 1: { using x = …; … }`"
      : 'Put it in a block with the code that uses the resource: `{ using x = …; … }`'
    return { at: node, message: `a \`using\` declaration outside a block is not allowed by JavaScript. ${fix}` }
  }
  if (using && ts.isIterationStatement(node.parent, false)) {
    // The same disposals, written in a block: each value at the end of its iteration, or the one value after the loop.
    const instead = ts.isForOfStatement(node.parent)
      ? "Declare it first in the loop's body instead (`for (const r of list) { using x = r; … }`): each value is disposed of at the end of its iteration, as now"
      : 'Declare it in a block around the loop instead (`{ using x = …; for (; …; …) … }`): it is disposed of when the loop ends, as now'
    const message = `a \`using\` declaration in the head of a loop in multistate function ${name} is not supported yet: vtify would keep the resource in the thread's continuation and never dispose of it. ${instead}`
    return { at: node, message }
  }
  if (!ts.isEnumDeclaration(node) && !ts.isModuleDeclaration(node)) return undefined
  const what = ts.isEnumDeclaration(node) ? `enum ${node.name.text}` : `namespace ${node.name.getText()}`
  const message =
    `${what}, declared in multistate function ${name}, is not supported yet: vtify would not keep it across the function's state boundaries. ` +
    "Declare it outside the function (at the module's top level it is one object for every call rather than one per call)"
  return { at: node.name, message }
}
