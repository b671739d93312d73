// An enum or a namespace declared inside a multistate function is a local binding whose value
// TypeScript builds when its types are erased, after the state machine is made: vtify would keep
// neither in the thread's continuation (the enum is gone once the thread resumes, a ReferenceError)
// and would take a namespace's exported members for the function's own variables. Refused until
// the transform compiles them; nested functions are left alone (copied as they are, or checked
// on their own when multistate).

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'

export function checkNoLocalEnums(fn: ts.Node, name: string): void {
  const visit = (node: ts.Node): void => {
    if (ts.isEnumDeclaration(node) || ts.isModuleDeclaration(node)) {
      const what = ts.isEnumDeclaration(node) ? `enum ${node.name.text}` : `namespace ${node.name.getText()}`
      const message =
        `${what}, declared in multistate function ${name}, is not supported yet: vtify would not keep it across the function's state boundaries. ` +
        `Declare it outside the function (at the module's top level it is one object for every call rather than one per call)`
      throw new Unsupported(Codes.unsupportedConstruct, node.name, message)
    }
    if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn, visit)
}
