// Where each variable of a multistate function holds a value that may still be read: an
// interval of source offsets, from the write that gives it that value to its last reference,
// stretched over every loop (inside its scope) that holds a reference, since the loop's back
// edge carries the value from the end of one iteration to the start of the next. Control flow
// in a function body is structured — it only moves forward, except along loop back edges — so
// a variable is dead outside its interval: sound, and exact for straight-line code, which is
// what liveness at state boundaries needs (principle 1: a variable stays a JS local unless one
// of the function's boundaries falls inside its interval; principle 2: variables whose
// intervals do not overlap can share a continuation slot).

import ts from '#typescript'
import type { MultistateNode } from './functions.js'

export interface Interval {
  start: number
  end: number
}

export interface LiveRange {
  /** From the first write the variable's storage must keep (its declaration's) to its last use: for slot sharing. */
  range: Interval
  /** From the write whose value may be read (a later dominating assignment, if any): for storedness. */
  live: Interval
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * A boundary resuming at `point` (the end of its call) falls inside `interval`: the value is
 * written before it and needed after it. Inclusive at the end: a loop or a statement may end
 * with the call, and the value is still read after it (the next iteration, the statement's rest).
 */
export function holds(interval: Interval, point: number): boolean {
  return interval.start < point && point <= interval.end
}

/** The interval a node spans (a function, a statement, a call). */
export function wholeOf(node: ts.Node): Interval {
  return { start: node.pos, end: node.end }
}

/** The live range of every symbol in `symbols`, declared in `fn`. */
export function liveRanges(fn: MultistateNode, symbols: ReadonlySet<ts.Symbol>, checker: ts.TypeChecker): Map<ts.Symbol, LiveRange> {
  const refs = references(fn, symbols, checker)
  const out = new Map<ts.Symbol, LiveRange>()
  for (const symbol of symbols) {
    const uses = refs.get(symbol) ?? []
    const decl = declarationOf(symbol)
    const scope = decl ? scopeOf(decl, fn) : fn
    const start = decl ? writeOf(decl, fn) : fn.pos
    // Asked once per use and enclosing loop: remembered per loop.
    const killed = new Map<ts.Node, boolean>()
    const killedAtEntry = (loop: ts.Node): boolean => {
      let answer = killed.get(loop)
      if (answer === undefined) killed.set(loop, (answer = entryWrite(loop, symbol, uses, checker) !== undefined))
      return answer
    }
    const live = stretch({ start: dominatingWrite(decl, symbol, uses, checker) ?? start, end: start }, uses, scope, killedAtEntry)
    // A write keeps the storage in use a little past it: a cell is read to be written (`n.v =
    // #t`), after the temporary holding the value was filled, so they must not share a slot.
    const range = stretch(
      { start, end: start },
      uses.map((u) => (u.write ? { ...u, end: u.end + 1 } : u)),
      scope,
      () => false,
    )
    out.set(symbol, { range: atLeastOne(range), live: atLeastOne(live) })
  }
  return out
}

/** A reference: its node and where it reads or writes (a plain assignment writes at its end, after the value). */
interface Use {
  node: ts.Node
  pos: number
  end: number
  write?: true
}

/**
 * Every identifier in `fn` naming one of `symbols` but its declarations (closures included:
 * they capture the value where they are created).
 */
function references(fn: MultistateNode, symbols: ReadonlySet<ts.Symbol>, checker: ts.TypeChecker): Map<ts.Symbol, Use[]> {
  const refs = new Map<ts.Symbol, Use[]>()
  const add = (symbol: ts.Symbol | undefined, node: ts.Node): void => {
    if (!symbol || !symbols.has(symbol)) return
    const assignment = node.parent
    const isTarget = ts.isBinaryExpression(assignment) && assignment.left === node && assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken
    // `x += f()` reads x first and writes it at the end, after f: in use all along (a cell's
    // field is read for the write too), and one past the end — x may be read after f's result
    // is taken (explode-expressions.ts, readableAfter), so x and the temporary that takes the
    // result must not share a slot.
    const isUpdated = ts.isBinaryExpression(assignment) && assignment.left === node && isCompoundAssignment(assignment.operatorToken.kind)
    // In a pattern, `[x = d] = f()` writes x after f, at the end of the whole assignment.
    const at = destructuringEnd(node) ?? (isTarget ? assignment.end : undefined)
    const use: Use = at !== undefined ? { node, pos: at, end: at, write: true } : { node, pos: node.pos, end: isUpdated ? assignment.end + 1 : node.end }
    const list = refs.get(symbol)
    if (list) list.push(use)
    else refs.set(symbol, [use])
  }
  const visit = (node: ts.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) add(checker.getShorthandAssignmentValueSymbol(node), node)
    else if (ts.isIdentifier(node) && !isDeclarationName(node)) add(checker.getSymbolAtLocation(node), node)
    ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn, visit)
  return refs
}

/**
 * A reference in the pattern of a destructuring with a value (`const [a = x] = f()`,
 * `[a = x] = f()`) — a default, a computed key, a target — is evaluated after the value: at the
 * end of the declaration or assignment, not where it is written.
 */
function destructuringEnd(node: ts.Node): number | undefined {
  for (let child = node, n = node.parent; n && !ts.isFunctionLike(n); child = n, n = n.parent) {
    if (ts.isVariableDeclaration(n) && n.initializer && child === n.name) return n.end
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && child === n.left && isPattern(n.left)) return n.end
    if (ts.isStatement(n)) return undefined
  }
  return undefined
}

function isCompoundAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstCompoundAssignment && kind <= ts.SyntaxKind.LastCompoundAssignment
}

function isPattern(e: ts.Expression): boolean {
  return ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e)
}

function isDeclarationName(id: ts.Identifier): boolean {
  const p = id.parent
  return (ts.isVariableDeclaration(p) || ts.isBindingElement(p) || ts.isParameter(p)) && p.name === id
}

/** Extend `interval` to every use, and over every loop between a use and the variable's scope. */
function stretch(interval: Interval, uses: readonly Use[], scope: ts.Node, killedAtEntry: (loop: ts.Node) => boolean): Interval {
  let { start, end } = interval
  for (const use of uses) {
    end = Math.max(end, use.end)
    start = Math.min(start, use.pos)
    for (let n = use.node.parent; n && n !== scope; n = n.parent) {
      if (ts.isIterationStatement(n, false) && !killedAtEntry(n)) {
        start = Math.min(start, n.pos)
        end = Math.max(end, n.end)
      }
    }
  }
  return { start, end }
}

function atLeastOne(i: Interval): Interval {
  return { start: i.start, end: Math.max(i.end, i.start + 1) }
}

type Declaration = ts.VariableDeclaration | ts.ParameterDeclaration

function declarationOf(symbol: ts.Symbol): Declaration | undefined {
  let d: ts.Node | undefined = symbol.valueDeclaration
  while (d && ts.isBindingElement(d)) d = d.parent.parent
  return d && (ts.isVariableDeclaration(d) || ts.isParameter(d)) ? d : undefined
}

/**
 * The node whose every execution starts a fresh binding. A `var` and a parameter live in the
 * whole function; `for (let i …; …; i++)` in the whole loop (each iteration's copy is made
 * from the last one, so the value travels around the loop).
 */
function scopeOf(decl: Declaration, fn: MultistateNode): ts.Node {
  if (ts.isParameter(decl)) return fn
  const list = decl.parent
  if (ts.isCatchClause(list)) return list
  if ((list.flags & ts.NodeFlags.BlockScoped) === 0) return fn
  const holder = list.parent
  if (ts.isForStatement(holder)) return holder.parent
  if (ts.isForOfStatement(holder) || ts.isForInStatement(holder)) return holder
  return holder.parent
}

/** Where the declaration writes the variable: after its initialiser; a parameter's or `var`'s at function entry. */
function writeOf(decl: Declaration, fn: MultistateNode): number {
  if (ts.isParameter(decl)) return fn.pos
  if (ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.BlockScoped) === 0) return fn.pos
  if (ts.isForStatement(decl.parent.parent)) return decl.parent.parent.pos
  return decl.initializer ? decl.end : decl.pos
}

/**
 * `let x; …; x = e;` — when a later statement of the same block assigns `x` with no use of it
 * in between, every path from the declaration to a use passes through that assignment (a block
 * is entered only at its top), so the value the declaration gives is never read.
 */
function dominatingWrite(decl: Declaration | undefined, symbol: ts.Symbol, uses: readonly Use[], checker: ts.TypeChecker): number | undefined {
  if (!decl || !ts.isVariableDeclaration(decl) || decl.initializer || !ts.isIdentifier(decl.name)) return undefined
  const statement = decl.parent.parent
  if (!ts.isVariableStatement(statement) || !ts.isBlock(statement.parent)) return undefined
  const siblings = statement.parent.statements
  for (const s of siblings.slice(siblings.indexOf(statement) + 1)) {
    const loopWrite = entryWrite(s, symbol, uses, checker)
    const target = loopWrite ? (loopWrite.left as ts.Identifier) : assignedIdentifier(s)
    const at = loopWrite ? loopWrite.end : target && checker.getSymbolAtLocation(target) === symbol ? s.end : undefined
    const limit = at ?? s.end
    if (uses.some((u) => u.node !== target && u.pos >= statement.end && u.end <= limit)) return undefined
    if (at !== undefined) return at
  }
  return undefined
}

/**
 * `while ((x = e) > 0) …`: every iteration starts by writing x — the condition's first operand,
 * evaluated unconditionally, with no use of x in e — so the loop's back edge carries no value
 * of x. (A `for` loop runs its update, which may read x, before its condition: not this.)
 */
function entryWrite(loop: ts.Node, symbol: ts.Symbol, uses: readonly Use[], checker: ts.TypeChecker): ts.BinaryExpression | undefined {
  if (!ts.isWhileStatement(loop)) return undefined
  let e: ts.Expression = loop.expression
  for (;;) {
    if (ts.isParenthesizedExpression(e)) e = e.expression
    else if (!ts.isBinaryExpression(e)) return undefined
    else if (e.operatorToken.kind === ts.SyntaxKind.EqualsToken) break
    else if (isEagerOperator(e.operatorToken.kind)) e = e.left
    else return undefined
  }
  const { left, right } = e
  if (!ts.isIdentifier(left) || checker.getSymbolAtLocation(left) !== symbol) return undefined
  return uses.some((u) => u.node !== left && u.pos >= right.pos && u.end <= right.end) ? undefined : e
}

/** A binary operator that always evaluates its left operand first, then its right: no short-circuit, no assignment. */
function isEagerOperator(kind: ts.SyntaxKind): boolean {
  const shortCircuit = kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken
  const assignment = kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
  return !shortCircuit && !assignment && kind !== ts.SyntaxKind.CommaToken
}

function assignedIdentifier(s: ts.Statement): ts.Identifier | undefined {
  if (!ts.isExpressionStatement(s) || !ts.isBinaryExpression(s.expression)) return undefined
  const e = s.expression
  return e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(e.left) ? e.left : undefined
}
