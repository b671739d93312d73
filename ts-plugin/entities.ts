// What the model knows about the identifier under the cursor: the function it names, or the call
// it is the callee of (a call to a project function, or to a vtify/runtime export).

import ts from 'typescript'
import { nodeAt, type CallEdge, type FunctionInfo, type NumberedBoundary } from '../compiler/index.js'
import type { FileView } from './model-view.js'

export type Entity =
  { kind: 'function'; node: ts.Node; fn: FunctionInfo } | { kind: 'call'; node: ts.Node; call: CallEdge; boundary: NumberedBoundary | undefined }

export function entityAt(view: FileView, position: number): Entity | undefined {
  const node = nodeAt(view.sourceFile, position)
  if (!ts.isIdentifier(node) && !ts.isPrivateIdentifier(node)) return undefined
  const call = callOfCallee(node)
  if (call) {
    const edge = view.entries.callOf(call)
    return edge ? { kind: 'call', node, call: edge, boundary: view.entries.boundaryOf(call) } : undefined
  }
  const declared = functionNamedBy(node)
  const fn = declared && view.entries.functionOf(declared)
  return fn ? { kind: 'function', node, fn } : undefined
}

/** The call whose callee `id` names: `f(…)`, `obj.f(…)`, `this.#f(…)`. */
function callOfCallee(id: ts.Identifier | ts.PrivateIdentifier): ts.CallExpression | undefined {
  const parent = id.parent
  if (ts.isCallExpression(parent) && parent.expression === id) return parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === id && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
    return parent.parent
  }
  return undefined
}

/** The function `id` is the name of: a declaration's own name, or a variable or property bound to a function expression. */
function functionNamedBy(id: ts.Identifier | ts.PrivateIdentifier): ts.SignatureDeclaration | undefined {
  const parent = id.parent
  if (ts.isFunctionLike(parent) && parent.name === id) return parent
  const bound =
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name === id
      ? parent.initializer
      : undefined
  return bound && (ts.isArrowFunction(bound) || ts.isFunctionExpression(bound)) ? bound : undefined
}
