// Locals that a multistate function shares with its closures. A closure may outlive the call
// that created it, and the function's locals are continuation fields that a later call reuses,
// so a closure never refers to a field: it captures the local's value when it is created
// (captures.ts). That is exact for a local that keeps one value from before the closure exists.
// Every other captured local — declared with `var`, written after its declaration, or captured by
// a closure created before it has its value (a hoisted function declaration) — lives in a *cell*,
// `{ v }`, one per binding instance: the field holds the cell, the state machine reads and writes
// `k.f$x.v`, and a closure captures the cell itself and reads and writes `x.v`. A cell is made
// where JavaScript makes the binding: at function entry (parameters, `var`s), at the entry of the
// block that declares it (`let`, `const`, class and function declarations: so a closure created
// before the declaration shares it), per iteration for a loop head's variables, per catch.

import ts from '#typescript'
import type { MultistateNode } from './functions.js'
import type { Layout } from './variables.js'
import { skipOuter } from '../outer.js'

/** A closure of the function: something created at run time whose body may read the function's locals. */
export type Closure = ts.FunctionLikeDeclaration | ts.ClassLikeDeclaration

/** The fields of `layout` that hold cells. */
export function cellFields(fn: MultistateNode, layout: Layout, checker: ts.TypeChecker): Set<string> {
  const written = writtenSymbols(fn, checker)
  const cells = new Set<string>()
  for (const [symbol, closures] of capturedSymbols(fn, layout, checker, written)) {
    const writes = isConst(symbol) ? [] : (written.get(symbol) ?? [])
    const needsCell = layout.varSymbols.has(symbol) || closures.some((c) => writes.some((w) => !isNextIteration(symbol, w, c)) || createdBefore(c, symbol))
    if (needsCell) cells.add(layout.locals.get(symbol)!)
  }
  return cells
}

/**
 * The fields of block-scoped locals (`let`, `const`, classes) that code can reach before their
 * declaration runs: a reference above the declaration, or in a closure created above it (a
 * function declaration is created when its block is entered). Their cells throw until the
 * declaration initialises them (runtime TdzCell).
 */
export function tdzFields(fn: MultistateNode, layout: Layout, checker: ts.TypeChecker): Set<string> {
  const out = new Set<string>()
  // Only names some block-scoped local has are worth asking the checker about.
  const tdzCandidate = (d: ts.Node): boolean => bindingScope(d) !== undefined || lexicalLoopHead(d) !== undefined
  const names = new Set([...layout.locals.keys()].filter((s) => s.valueDeclaration && tdzCandidate(declarationOf(s.valueDeclaration))).map((s) => s.name))
  const visit = (node: ts.Node, createdAt: number | undefined): void => {
    const named = ts.isShorthandPropertyAssignment(node) ? node.name.text : ts.isIdentifier(node) && !isDeclaredName(node) ? node.text : undefined
    const symbol =
      named === undefined || !names.has(named)
        ? undefined
        : ts.isShorthandPropertyAssignment(node)
          ? checker.getShorthandAssignmentValueSymbol(node)
          : checker.getSymbolAtLocation(node)
    const field = symbol && layout.locals.get(symbol)
    const decl = symbol?.valueDeclaration && declarationOf(symbol.valueDeclaration)
    const early =
      decl &&
      !ts.isFunctionDeclaration(decl) &&
      !isWithin(node, decl) &&
      ((bindingScope(decl) && (createdAt ?? node.getStart()) < decl.getEnd()) || inLoopHead(node, decl))
    if (field && early) out.add(field)
    const closure = ts.isFunctionLike(node) || ts.isClassLike(node)
    const created = ts.isFunctionDeclaration(node) ? (bindingScope(node)?.pos ?? node.pos) : node.getStart()
    ts.forEachChild(node, (c) => visit(c, createdAt ?? (closure ? created : undefined)))
  }
  if (fn.body) ts.forEachChild(fn.body, (c) => visit(c, undefined))
  for (const field of parameterTdz(fn, layout, checker)) out.add(field)
  return out
}

/** Parameters read by their own default or an earlier one's (`(a = b, b) => …`), where they are not initialised yet. */
function parameterTdz(fn: MultistateNode, layout: Layout, checker: ts.TypeChecker): string[] {
  return fn.parameters.flatMap((p, i) => {
    const symbol = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined
    const field = symbol && layout.locals.get(symbol)
    const early = fn.parameters.slice(0, i + 1).some((q) => q.initializer !== undefined && refersTo(q.initializer, symbol, checker))
    return field && early ? [field] : []
  })
}

/** Whether `node` names `symbol` anywhere, a shorthand property (`{ x }`, which reads or writes x) included. */
function refersTo(node: ts.Node, symbol: ts.Symbol | undefined, checker: ts.TypeChecker): boolean {
  if (ts.isIdentifier(node) && checker.getSymbolAtLocation(node) === symbol) return true
  if (ts.isShorthandPropertyAssignment(node) && checker.getShorthandAssignmentValueSymbol(node) === symbol) return true
  return ts.forEachChild(node, (c) => refersTo(c, symbol, checker)) ?? false
}

/** `for (let x of … x …)`: the loop's expression sees its own `let`/`const` names uninitialised. */
function inLoopHead(node: ts.Node, decl: ts.Node): boolean {
  const loop = lexicalLoopHead(decl)
  return loop !== undefined && node.pos >= loop.expression.pos && node.end <= loop.expression.end
}

/** The for…of or for…in loop whose head declares `decl` with `let` or `const`. */
function lexicalLoopHead(decl: ts.Node): ts.ForOfStatement | ts.ForInStatement | undefined {
  const list = decl.parent
  const loop = list?.parent
  if (!loop || !(ts.isForOfStatement(loop) || ts.isForInStatement(loop)) || !ts.isVariableDeclarationList(list)) return undefined
  return (list.flags & ts.NodeFlags.BlockScoped) !== 0 ? loop : undefined
}

/** Inside a class, its name is the class's own binding, always initialised. */
export function isWithin(node: ts.Node, decl: ts.Node): boolean {
  return ts.isClassDeclaration(decl) && node.pos >= decl.pos && node.end <= decl.end
}

function isDeclaredName(id: ts.Identifier): boolean {
  const p = id.parent
  return (
    (ts.isVariableDeclaration(p) || ts.isBindingElement(p) || ts.isClassDeclaration(p) || ts.isFunctionDeclaration(p) || ts.isParameter(p)) && p.name === id
  )
}

/** The node whose entry makes a fresh binding of a block-scoped declaration, a function or class declaration: its block (or case block). */
export function bindingScope(decl: ts.Node): ts.Node | undefined {
  let holder = decl.parent
  if (ts.isVariableDeclarationList(holder)) {
    if ((holder.flags & ts.NodeFlags.BlockScoped) === 0 || !ts.isVariableStatement(holder.parent)) return undefined
    holder = holder.parent.parent
  }
  if (ts.isCaseClause(holder) || ts.isDefaultClause(holder)) return holder.parent
  return ts.isBlock(holder) ? holder : undefined
}

/** The declaration a binding element belongs to. */
export function declarationOf(decl: ts.Declaration): ts.Node {
  let d: ts.Node = decl
  while (ts.isBindingElement(d)) d = d.parent.parent
  return d
}

/** Each local that some closure refers to, with those closures (the outermost closures of the function). */
function capturedSymbols(fn: MultistateNode, layout: Layout, checker: ts.TypeChecker, written: ReadonlyMap<ts.Symbol, unknown>): Map<ts.Symbol, Closure[]> {
  const captured = new Map<ts.Symbol, Closure[]>()
  const refer = (symbol: ts.Symbol | undefined, closure: Closure, at: ts.Node): void => {
    if (!symbol || !layout.locals.has(symbol) || isOwnName(closure, symbol, at, written)) return
    const list = captured.get(symbol) ?? []
    if (!list.includes(closure)) list.push(closure)
    captured.set(symbol, list)
  }
  const inside =
    (closure: Closure) =>
    (node: ts.Node): void => {
      if (ts.isShorthandPropertyAssignment(node)) refer(checker.getShorthandAssignmentValueSymbol(node), closure, node)
      else if (ts.isIdentifier(node)) refer(checker.getSymbolAtLocation(node), closure, node)
      ts.forEachChild(node, inside(closure))
    }
  const outside = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) ts.forEachChild(node, inside(node as Closure))
    else ts.forEachChild(node, outside)
  }
  // A closure in a parameter's default sees the parameters as the body leaves them.
  for (const p of fn.parameters) ts.forEachChild(p, outside)
  if (fn.body) ts.forEachChild(fn.body, outside)
  return captured
}

/**
 * A class's own name inside its body is a binding of the class itself (immutable); a function
 * declaration's, printed as a named function expression, likewise — unless the name is written,
 * when the function must see the writes: then it is captured like any other local.
 */
function isOwnName(closure: Closure, symbol: ts.Symbol, at: ts.Node, written: ReadonlyMap<ts.Symbol, unknown>): boolean {
  if (at === closure.name) return true
  if (symbol.valueDeclaration !== closure) return false
  return ts.isClassLike(closure) || !written.has(symbol)
}

/**
 * The closure exists before the local has the value it keeps: it comes before the declaration
 * (a parameter's default included), or it is a function declaration, created when its block is
 * entered (hoisted).
 */
function createdBefore(closure: Closure, symbol: ts.Symbol): boolean {
  const decl = symbol.valueDeclaration && declarationOf(symbol.valueDeclaration)
  if (!decl) return false
  // A parameter has its value once its default ran: later for a closure in its own or an earlier default.
  if (ts.isParameter(decl)) return closure.getStart() < decl.getEnd()
  const created = ts.isFunctionDeclaration(closure) ? (bindingScope(closure)?.pos ?? closure.pos) : closure.getStart()
  if (ts.isFunctionDeclaration(decl)) return ts.isFunctionDeclaration(closure) && closure !== decl
  return decl.getEnd() > created
}

/**
 * `for (let i = 0; …; i++) { closure }`: JS gives each iteration its own `i`, copied before the
 * update runs, so a write in the update is invisible to a closure created in the body.
 */
function isNextIteration(symbol: ts.Symbol, write: ts.Node, closure: ts.Node): boolean {
  const loop = symbol.valueDeclaration?.parent?.parent
  if (!loop || !ts.isForStatement(loop) || !loop.incrementor || !ts.isVariableDeclarationList(loop.initializer!)) return false
  const within = (node: ts.Node, outer: ts.Node): boolean => node.pos >= outer.pos && node.end <= outer.end
  return within(write, loop.incrementor) && within(closure, loop.statement)
}

/** Where each symbol is assigned in the function (closures included), other than by its declaration. */
export function writtenSymbols(fn: MultistateNode, checker: ts.TypeChecker): Map<ts.Symbol, ts.Node[]> {
  const set = new Map<ts.Symbol, ts.Node[]>()
  const add = (written: ts.Node): void => {
    const target = skipOuter(written)
    if (ts.isIdentifier(target)) {
      const symbol = checker.getSymbolAtLocation(target)
      if (symbol) set.set(symbol, [...(set.get(symbol) ?? []), target])
    } else if (ts.isShorthandPropertyAssignment(target)) {
      const symbol = checker.getShorthandAssignmentValueSymbol(target)
      if (symbol) set.set(symbol, [...(set.get(symbol) ?? []), target])
    } else if (ts.isParenthesizedExpression(target) || ts.isSpreadElement(target) || ts.isSpreadAssignment(target)) add(target.expression)
    else if (ts.isArrayLiteralExpression(target)) target.elements.forEach(add)
    else if (ts.isObjectLiteralExpression(target)) target.properties.forEach((p) => add(ts.isPropertyAssignment(p) ? p.initializer : p))
    else if (ts.isBinaryExpression(target) && target.operatorToken.kind === ts.SyntaxKind.EqualsToken) add(target.left)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind)) add(node.left)
    else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && isIncrement(node.operator)) add(node.operand)
    else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) add(node.initializer)
    ts.forEachChild(node, visit)
  }
  visit(fn)
  return set
}

/** Declared with `const`: a write throws, so it never changes the value a closure captured. */
export function isConst(symbol: ts.Symbol): boolean {
  const decl = symbol.valueDeclaration && declarationOf(symbol.valueDeclaration)
  const list = decl && ts.isVariableDeclaration(decl) ? decl.parent : undefined
  return list !== undefined && ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
}

function isIncrement(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken
}
