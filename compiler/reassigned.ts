// A function declaration's name is a variable: `function f() {}` and later `f = g` — Babel's
// `_typeof` helper replaces itself so on its first call. A call of `f` may then run `g`, so the
// analysis lets what is assigned flow to f's callers (extract/values.ts) and the transform never
// compiles such a call as a direct call of f's own state machine (boundary.ts, imported.ts).
// Assignments to the binding can only be in the declaring file: an import is read-only.

import ts from '#typescript'
import { isOuter } from './outer.js'

const assignedIn = new WeakMap<ts.SourceFile, ReadonlySet<ts.Node>>()

/** Whether code assigns to the name `decl` declares. */
export function isReassigned(decl: ts.FunctionDeclaration, checker: ts.TypeChecker): boolean {
  const sf = decl.getSourceFile()
  let assigned = assignedIn.get(sf)
  if (assigned === undefined) assignedIn.set(sf, (assigned = reassignedDeclarations(sf, checker)))
  return assigned.has(decl)
}

function reassignedDeclarations(sf: ts.SourceFile, checker: ts.TypeChecker): Set<ts.Node> {
  const found = new Set<ts.Node>()
  for (const target of assignedNames(sf)) {
    const decl = checker.getSymbolAtLocation(target)?.valueDeclaration
    if (decl && ts.isFunctionDeclaration(decl)) found.add(decl)
  }
  return found
}

/**
 * The identifiers assigned to in a file that name one of its function declarations (by text: a
 * name shadowing it is among them). Also the part of a file's surface other files depend on
 * through it (incremental/surface.ts).
 */
export function assignedNames(sf: ts.SourceFile): ts.Identifier[] {
  const names = new Set<string>()
  const declared = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) names.add(node.name.text)
    ts.forEachChild(node, declared)
  }
  declared(sf)
  const targets: ts.Identifier[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && names.has(node.text) && isAssignmentTarget(node)) targets.push(node)
    ts.forEachChild(node, visit)
  }
  if (names.size > 0) visit(sf)
  return targets
}

/** `x = …`, `x += …`, `x++`, `[x] = …`, `({ x } = …)`, `for (x of …)`. */
function isAssignmentTarget(id: ts.Identifier): boolean {
  let node: ts.Node = id
  for (;;) {
    const parent = node.parent
    if (
      isOuter(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isObjectLiteralExpression(parent) ||
      ts.isSpreadElement(parent) ||
      ts.isSpreadAssignment(parent)
    ) {
      node = parent
    } else if (ts.isShorthandPropertyAssignment(parent) && parent.name === node) {
      node = parent
    } else if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      node = parent
    } else if (ts.isBinaryExpression(parent)) {
      const kind = parent.operatorToken.kind
      return parent.left === node && kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
    } else if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) {
      return parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken
    } else {
      return (ts.isForInStatement(parent) || ts.isForOfStatement(parent)) && parent.initializer === node
    }
  }
}
