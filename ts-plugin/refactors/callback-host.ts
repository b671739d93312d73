// What the code a callback is handed to does with it (compiler's callbackHost: array method, timer
// or event source, other), named from the declaration the type checker resolves the call to:
// `Array.forEach`, `setTimeout`, `EventEmitter.on` — the names the model's messages use.

import ts from 'typescript'
import { callbackHost, type CallbackHost } from '../../compiler/index.js'

export function hostOf(checker: ts.TypeChecker, call: ts.CallExpression | ts.NewExpression): CallbackHost {
  const declaration: ts.SignatureDeclaration | undefined = checker.getResolvedSignature(call)?.getDeclaration()
  const name = declaration?.name && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined
  if (!declaration || name === undefined) return 'other'
  const owner = declaration.parent
  const ownerName = (ts.isInterfaceDeclaration(owner) || ts.isClassDeclaration(owner)) && owner.name ? `${owner.name.text}.` : ''
  return callbackHost(`${ownerName}${name}`)
}
