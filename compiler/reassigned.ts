// A function declaration's name is a variable: `function f() {}` and later `f = g` — Babel's
// `_typeof` helper replaces itself so on its first call. A call of `f` may then run `g`, so the
// analysis lets what is assigned flow to f's callers (extract/values.ts) and the transform never
// compiles such a call as a direct call of f's own state machine (boundary.ts, imported.ts).
// Assignments to the binding can only be in the declaring file: an import is read-only. The same
// question of a variable tells whether a call through it always calls what it was bound to.

import ts from '#typescript'
import { isOuter } from './outer.js'

/** Per file, the declarations whose names are assigned: of function declarations, of any variable. */
const functionsAssignedIn = new WeakMap<ts.SourceFile, ReadonlySet<ts.Node>>()
const variablesAssignedIn = new WeakMap<ts.SourceFile, ReadonlySet<ts.Node>>()

/** Whether code assigns to the name `decl` declares. */
export function isReassigned(decl: ts.FunctionDeclaration, checker: ts.TypeChecker): boolean {
  return assignedIn(functionsAssignedIn, decl, checker, assignedNames)
}

/**
 * Whether code assigns to the variable or parameter `decl` declares besides its initialiser:
 * `var f = g; f = h`. Asked rarely (extract/library.ts, extract/returned-argument.ts), so it has
 * a walk of its own.
 */
export function isVariableReassigned(decl: ts.VariableDeclaration | ts.ParameterDeclaration, checker: ts.TypeChecker): boolean {
  return assignedIn(variablesAssignedIn, decl, checker, (sf) => assignmentTargets(sf, undefined))
}

function assignedIn(
  cache: WeakMap<ts.SourceFile, ReadonlySet<ts.Node>>,
  decl: ts.Declaration,
  checker: ts.TypeChecker,
  targets: (sf: ts.SourceFile) => ts.Identifier[],
): boolean {
  const sf = decl.getSourceFile()
  let assigned = cache.get(sf)
  if (assigned === undefined) {
    const found = new Set<ts.Node>()
    for (const target of targets(sf)) {
      const declared = checker.getSymbolAtLocation(target)?.valueDeclaration
      if (declared) found.add(declared)
    }
    cache.set(sf, (assigned = found))
  }
  return assigned.has(decl)
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
  return names.size > 0 ? assignmentTargets(sf, names) : []
}

/** The identifiers assigned to in a file, of the given names or of any. */
function assignmentTargets(sf: ts.SourceFile, names: ReadonlySet<string> | undefined): ts.Identifier[] {
  const targets: ts.Identifier[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (names === undefined || names.has(node.text)) && isAssignmentTarget(node)) targets.push(node)
    ts.forEachChild(node, visit)
  }
  visit(sf)
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
