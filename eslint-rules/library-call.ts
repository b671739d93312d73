// Whether a call runs only JavaScript's built-ins: its callee is declared in TypeScript's default
// library (lib.*.d.ts: Array.prototype.push, Math.max, new Uint8Array, …). Such a call does work
// bounded by its arguments and no I/O; a call of project code, of a package (fs.readFileSync), or
// of a value typed `any` can do anything.

import type { ParserServicesWithTypeInformation, TSESTree } from '@typescript-eslint/utils'
import type ts from 'typescript'

export function isBuiltinCall(services: ParserServicesWithTypeInformation, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const node: ts.CallLikeExpression = services.esTreeNodeToTSNodeMap.get(call)
  const declaration = services.program.getTypeChecker().getResolvedSignature(node)?.getDeclaration()
  // No declaration: a call of `any`, or of a signature TypeScript made up; nothing says it is cheap.
  if (!declaration) return false
  return services.program.isSourceFileDefaultLibrary(declaration.getSourceFile())
}
