// JavaScript names an anonymous function or class by where it is defined (NamedEvaluation):
// `let f = () => {}`, `f = function () {}`, `[f = class {}] = []`, `{ f: () => {} }` all give
// `.name` 'f'. The transform moves bindings into continuation fields and cells, where the source
// no longer says the name, and replaces multistate closures by stubs: both take the name from
// here (captures.ts, nested.ts).

import ts from '#typescript'
import { isOuter, skipOuter } from '../outer.js'

export type AnonymousDefinition = ts.ArrowFunction | ts.FunctionExpression | ts.ClassExpression

/** `node`, if it is an anonymous function or class definition, seen through parentheses and type assertions. */
export function anonymousDefinition(node: ts.Node): AnonymousDefinition | undefined {
  const inner = skipOuter(node)
  if (ts.isArrowFunction(inner)) return inner
  if ((ts.isFunctionExpression(inner) || ts.isClassExpression(inner)) && !inner.name) return inner
  return undefined
}

/** What NamedEvaluation names the definition `node` by, if anything: its binding and the name. */
export function namingOf(node: ts.Node): { target: ts.Node; name: string } | undefined {
  const [child, p] = placeOf(node)
  if ((ts.isVariableDeclaration(p) || ts.isBindingElement(p) || ts.isParameter(p)) && p.initializer === child && ts.isIdentifier(p.name))
    return { target: p.name, name: p.name.text }
  if (ts.isBinaryExpression(p) && p.right === child && isNamingOperator(p.operatorToken.kind) && ts.isIdentifier(p.left))
    return { target: p.left, name: p.left.text }
  if (ts.isShorthandPropertyAssignment(p) && p.objectAssignmentInitializer === child) return { target: p, name: p.name.text }
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === child) {
    const key = staticKey(p.name)
    return key === undefined ? undefined : { target: p.name, name: key }
  }
  if (ts.isExportAssignment(p) && !p.isExportEquals) return { target: p, name: 'default' }
  return undefined
}

/** `{ [key]: class {} }`: NamedEvaluation names the definition by a key known only at run time. */
export function isNamedByComputedKey(node: ts.Node): boolean {
  const [child, p] = placeOf(node)
  return (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && p.initializer === child && ts.isComputedPropertyName(p.name)
}

/** The definition with the parentheses and type assertions around it, and what holds that. */
function placeOf(node: ts.Node): [ts.Node, ts.Node] {
  let child: ts.Node = node
  while (isOuter(child.parent)) child = child.parent
  return [child, child.parent]
}

export function staticKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text
  if (ts.isNumericLiteral(name)) return String(Number(name.text))
  return undefined
}

function isNamingOperator(kind: ts.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsToken ||
    kind === ts.SyntaxKind.AmpersandAmpersandEqualsToken ||
    kind === ts.SyntaxKind.BarBarEqualsToken ||
    kind === ts.SyntaxKind.QuestionQuestionEqualsToken
  )
}
