// What the model knows about the identifier under the cursor: the function it names, or the call
// it is the callee of (a call to a project function, or to a vtify/runtime export).

import ts from 'typescript'
import { isOuter, nodeAt, type CallEdge, type FunctionInfo, type NumberedBoundary } from '../compiler/index.js'
import type { FileView } from './model-view.js'

export type Entity =
  { kind: 'function'; node: ts.Node; fn: FunctionInfo } | { kind: 'call'; node: ts.Node; call: CallEdge; boundary: NumberedBoundary | undefined }

export function entityAt(view: FileView, position: number): Entity | undefined {
  const node = nodeAt(view.sourceFile, position)
  // A string literal names a member too: `obj['send'](…)`, `{ 'send'() {} }`.
  if (!ts.isIdentifier(node) && !ts.isPrivateIdentifier(node) && !ts.isStringLiteral(node)) return undefined
  const call = callOfCallee(node)
  if (call) {
    const edge = view.entries.callOf(call)
    return edge ? { kind: 'call', node, call: edge, boundary: view.entries.boundaryOf(call) } : undefined
  }
  const declared = functionNamedBy(node)
  const fn = declared && view.entries.functionOf(declared)
  return fn ? { kind: 'function', node, fn } : undefined
}

/**
 * The call whose callee `name` names: `f(…)`, `obj.f(…)`, `this.#f(…)`, `obj['f'](…)`, `new C(…)`,
 * a tagged template's tag — seen through parentheses and type assertions (`f!(…)`, `(f as F)(…)`)
 * as the analysis sees through them to find what a call calls (compiler/outer.ts).
 */
function callOfCallee(
  name: ts.Identifier | ts.PrivateIdentifier | ts.StringLiteral,
): ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression | undefined {
  let callee: ts.Node = name
  const { parent } = name
  if ((ts.isPropertyAccessExpression(parent) && parent.name === name) || (ts.isElementAccessExpression(parent) && parent.argumentExpression === name)) {
    callee = parent
  }
  while (isOuter(callee.parent)) callee = callee.parent
  const call = callee.parent
  if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) return call
  return ts.isTaggedTemplateExpression(call) && call.tag === callee ? call : undefined
}

/** The function `id` is the name of: a declaration's own name, or a variable or property bound to a function expression. */
function functionNamedBy(id: ts.Identifier | ts.PrivateIdentifier | ts.StringLiteral): ts.SignatureDeclaration | undefined {
  const parent = id.parent
  if (ts.isFunctionLike(parent) && parent.name === id) return parent
  const bound =
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === id
      ? parent.initializer
      : undefined
  return bound && (ts.isArrowFunction(bound) || ts.isFunctionExpression(bound)) ? bound : undefined
}
