// Whether a function reads its own `this` or `arguments`: what a rewrite that runs its body some
// other way changes — as a for…of loop's body (they become the enclosing function's), or spawned
// as a thread (VT_spawn calls it with no `this`, and with only the arguments it declares).

import ts from 'typescript'

export function readsOwnReceiver(fn: ts.SignatureDeclaration | ts.JSDocSignature | undefined): boolean {
  // An arrow's `this` and `arguments` are its creator's, which the rewrites keep.
  if (!fn || ts.isArrowFunction(fn) || ts.isJSDocSignature(fn)) return false
  if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === 'this')) return true
  const body = 'body' in fn ? fn.body : undefined
  return body !== undefined && readsOwn(body)
}

/** `this` or `arguments` under `node`, outside nested functions that have their own (all but arrows). */
function readsOwn(node: ts.Node): boolean {
  if (node.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(node) && node.text === 'arguments')) return true
  if (ts.isFunctionLike(node) && !ts.isArrowFunction(node)) return false
  return ts.forEachChild(node, (child) => (readsOwn(child) ? true : undefined)) === true
}
