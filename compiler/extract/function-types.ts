// Which expressions can evaluate to a function, by their type. The flow only tracks those: a
// `number` or a `Socket` never holds a function, and leaving them out keeps the whole-program
// solve small enough to re-run on every edit.

import ts from '#typescript'

const ALWAYS =
  ts.TypeFlags.Any |
  ts.TypeFlags.Unknown |
  ts.TypeFlags.TypeParameter |
  ts.TypeFlags.NonPrimitive |
  ts.TypeFlags.Index |
  ts.TypeFlags.IndexedAccess |
  ts.TypeFlags.Conditional |
  ts.TypeFlags.Substitution

export function mayBeFunction(checker: ts.TypeChecker, type: ts.Type, depth = 0): boolean {
  if (type.flags & ALWAYS || depth > 4) return true
  if (type.isUnionOrIntersection()) return type.types.some((t) => mayBeFunction(checker, t, depth + 1))
  if (!(type.flags & ts.TypeFlags.Object)) return false
  if (type.getCallSignatures().length > 0) return true
  // Arrays and tuples of functions: the flow collapses an array to its elements.
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker.getTypeArguments(type as ts.TypeReference).some((t) => mayBeFunction(checker, t, depth + 1))
  }
  // `Function` and `{}` are satisfied by functions too; a record (`Record<string, F>`: an index
  // signature and nothing else) is a container, read by key.
  if (type.symbol?.name === 'Function') return true
  return type.getProperties().length === 0 && type.getConstructSignatures().length === 0 && checker.getIndexInfosOfType(type).length === 0
}
