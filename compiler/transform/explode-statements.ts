// Statements of a multistate function. One without a state boundary is printed as it is
// (plain.ts); one with a boundary is exploded into states: its control flow becomes jumps
// between the cases of the jump table (regenerator's explodeStatement).

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { Label } from './emit.js'
import { explode, explodeToTemp } from './explode-expressions.js'
import { type JumpEntry, returnParts } from './leap.js'
import { closeOnThrow, startIteration } from './iteration.js'
import { assignTo, plain } from './plain.js'
import { explodeTry } from './explode-try.js'
import { blockStatements, holdsUsing, usingValue } from './explode-using.js'
import { destructure } from './explode-destructuring.js'
import { assignPattern, isPattern } from './explode-assignment-pattern.js'
import { sourceOf } from './holes.js'
import { freshCellStatements, lexicalHeadName, loopHeadTdz, perIterationCopies, scopeEntry } from './bindings.js'

export function explodeStatement(ctx: FnContext, stmt: ts.Statement, labels: string[] = []): void {
  const e = ctx.emitter
  if (!ctx.hasBoundary(stmt) && !holdsUsing(ctx, stmt)) {
    // A `;` keeps a source statement written without one from joining the next line.
    const code = plain(ctx, stmt)
    if (code) e.emit(code.endsWith(';') ? code : `${code};`)
    if (ts.isReturnStatement(stmt) || ts.isThrowStatement(stmt) || ts.isBreakStatement(stmt) || ts.isContinueStatement(stmt)) e.reachable = false
    return
  }
  e.source(sourceOf(stmt, ctx.sf))
  ctx.statements.push(stmt)
  try {
    explodeWithBoundary(ctx, stmt, labels)
  } finally {
    ctx.statements.pop()
  }
}

function explodeWithBoundary(ctx: FnContext, stmt: ts.Statement, labels: string[]): void {
  const lowering = LOWERINGS.get(stmt.kind)
  if (!lowering) {
    throw new Unsupported(
      Codes.unsupportedConstruct,
      stmt,
      `a state boundary inside this ${ts.SyntaxKind[stmt.kind]} in multistate function ${ctx.layout.name} is not supported yet`,
    )
  }
  lowering(ctx, stmt, labels)
}

/** A statement holding a state boundary, as states; `labels`: those written on it. */
type Lowering = (ctx: FnContext, stmt: ts.Statement, labels: string[]) => void

/** How each kind of statement that holds a state boundary is lowered (a kind not listed: VT2002). */
const LOWERINGS: ReadonlyMap<ts.SyntaxKind, Lowering> = new Map<ts.SyntaxKind, Lowering>([
  [ts.SyntaxKind.Block, (ctx, s) => block(ctx, s as ts.Block)],
  [ts.SyntaxKind.ExpressionStatement, (ctx, s) => expressionStatement(ctx, s as ts.ExpressionStatement)],
  [ts.SyntaxKind.VariableStatement, (ctx, s) => variables(ctx, (s as ts.VariableStatement).declarationList)],
  [ts.SyntaxKind.IfStatement, (ctx, s) => ifStatement(ctx, s as ts.IfStatement)],
  [ts.SyntaxKind.ReturnStatement, (ctx, s) => ctx.emitter.end(returnParts(ctx, explode(ctx, (s as ts.ReturnStatement).expression!)))],
  [ts.SyntaxKind.ThrowStatement, (ctx, s) => ctx.emitter.end([`throw ${explode(ctx, (s as ts.ThrowStatement).expression)};`])],
  [ts.SyntaxKind.LabeledStatement, (ctx, s, labels) => labeled(ctx, s as ts.LabeledStatement, [...labels, (s as ts.LabeledStatement).label.text])],
  [ts.SyntaxKind.WhileStatement, (ctx, s, labels) => whileLoop(ctx, s as ts.WhileStatement, labels)],
  [ts.SyntaxKind.DoStatement, (ctx, s, labels) => doLoop(ctx, s as ts.DoStatement, labels)],
  [ts.SyntaxKind.ForStatement, (ctx, s, labels) => forLoop(ctx, s as ts.ForStatement, labels)],
  [ts.SyntaxKind.ForOfStatement, (ctx, s, labels) => forOf(ctx, s as ts.ForOfStatement, labels)],
  [ts.SyntaxKind.ForInStatement, (ctx, s, labels) => forIn(ctx, s as ts.ForInStatement, labels)],
  [ts.SyntaxKind.SwitchStatement, (ctx, s, labels) => switchStatement(ctx, s as ts.SwitchStatement, labels)],
  [ts.SyntaxKind.TryStatement, (ctx, s) => explodeTry(ctx, s as ts.TryStatement)],
])

function block(ctx: FnContext, stmt: ts.Block): void {
  enter(ctx, stmt)
  blockStatements(ctx, stmt, stmt.statements)
}

function expressionStatement(ctx: FnContext, stmt: ts.ExpressionStatement): void {
  const code = explode(ctx, stmt.expression, true)
  if (code) ctx.emitter.emit(`${code};`)
}

/** The bindings `scope` makes on entry (bindings.ts). */
function enter(ctx: FnContext, scope: ts.Node): void {
  const entry = scopeEntry(ctx, scope)
  if (entry) ctx.emitter.emit(entry)
}

function variables(ctx: FnContext, list: ts.VariableDeclarationList): void {
  const using = (list.flags & ts.NodeFlags.Using) !== 0
  for (const d of list.declarations) {
    if (!d.initializer) {
      if (list.flags & ts.NodeFlags.BlockScoped) ctx.emitter.emit(`${assignTo(ctx, d.name, 'undefined')};`)
      continue
    }
    if (ctx.hasBoundary(d.name)) destructure(ctx, d.name, explodeToTemp(ctx, d.initializer))
    else {
      const value = explode(ctx, d.initializer)
      ctx.emitter.emit(`${assignTo(ctx, d.name, using ? usingValue(ctx, value) : value)};`)
    }
  }
}

/** Jump to `label` unless `condition` (a JS expression) holds. */
function unless(ctx: FnContext, condition: string, label: Label): void {
  ctx.emitter.emit(`if (!(${condition})) { `, ...ctx.emitter.jumpParts(label), ' }')
}

function ifStatement(ctx: FnContext, stmt: ts.IfStatement): void {
  const e = ctx.emitter
  const otherwise = new Label()
  const after = new Label()
  unless(ctx, explode(ctx, stmt.expression), stmt.elseStatement ? otherwise : after)
  explodeStatement(ctx, stmt.thenStatement)
  if (stmt.elseStatement) {
    if (e.reachable) e.jump(after)
    e.mark(otherwise, ctx.lineOf(stmt.elseStatement))
    explodeStatement(ctx, stmt.elseStatement)
  }
  e.mark(after, ctx.lineOf(stmt))
}

function labeled(ctx: FnContext, stmt: ts.LabeledStatement, labels: string[]): void {
  const inner = stmt.statement
  if (ts.isIterationStatement(inner, false) || ts.isSwitchStatement(inner) || ts.isLabeledStatement(inner)) {
    explodeStatement(ctx, inner, labels)
    return
  }
  const after = new Label()
  withEntry(ctx, { kind: 'block', labels, breakL: after }, () => explodeStatement(ctx, inner))
  ctx.emitter.mark(after, ctx.lineOf(stmt))
}

function withEntry(ctx: FnContext, entry: JumpEntry, body: () => void): void {
  ctx.leaps.push(entry)
  try {
    body()
  } finally {
    ctx.leaps.pop()
  }
}

function loopBody(ctx: FnContext, body: ts.Statement, labels: string[], breakL: Label, continueL: Label, iterator?: string): void {
  withEntry(ctx, { kind: 'loop', labels, breakL, continueL, iterator }, () => explodeStatement(ctx, body))
}

function whileLoop(ctx: FnContext, stmt: ts.WhileStatement, labels: string[]): void {
  const e = ctx.emitter
  const head = new Label()
  const after = new Label()
  e.mark(head, ctx.lineOf(stmt))
  unless(ctx, explode(ctx, stmt.expression), after)
  loopBody(ctx, stmt.statement, labels, after, head)
  if (e.reachable) e.jump(head)
  e.mark(after, ctx.lineOf(stmt))
}

function doLoop(ctx: FnContext, stmt: ts.DoStatement, labels: string[]): void {
  const e = ctx.emitter
  const body = new Label()
  const test = new Label()
  const after = new Label()
  e.mark(body, ctx.lineOf(stmt))
  loopBody(ctx, stmt.statement, labels, after, test)
  e.mark(test, ctx.lineOf(stmt.expression))
  e.emit(`if (${explode(ctx, stmt.expression)}) { `, ...ctx.emitter.jumpParts(body), ' }')
  e.mark(after, ctx.lineOf(stmt))
}

function forLoop(ctx: FnContext, stmt: ts.ForStatement, labels: string[]): void {
  const e = ctx.emitter
  const head = new Label()
  const update = new Label()
  const after = new Label()
  const init = stmt.initializer
  const copies = perIterationCopies(ctx, stmt).map((c) => `${c};`)
  if (init && ts.isVariableDeclarationList(init)) {
    const cells = init.declarations.map((d) => freshCellStatements(ctx, d.name)).join('')
    if (cells && (init.flags & ts.NodeFlags.BlockScoped) !== 0) e.emit(cells)
    variables(ctx, init)
  } else if (init) e.emit(`${explode(ctx, init, true)};`)
  if (copies.length > 0) e.emit(copies.join(' '))
  e.mark(head, ctx.lineOf(stmt))
  if (stmt.condition) unless(ctx, explode(ctx, stmt.condition), after)
  loopBody(ctx, stmt.statement, labels, after, update)
  e.mark(update, ctx.lineOf(stmt))
  if (copies.length > 0) e.emit(copies.join(' '))
  if (stmt.incrementor) {
    const code = explode(ctx, stmt.incrementor, true)
    if (code) e.emit(`${code};`)
  }
  e.jump(head)
  e.mark(after, ctx.lineOf(stmt))
}

/** for…of: the iterator lives in the continuation; leaving the loop early closes it. */
function forOf(ctx: FnContext, stmt: ts.ForOfStatement, labels: string[]): void {
  if (stmt.awaitModifier) throw new Unsupported(Codes.unsupportedConstruct, stmt, 'for await in a multistate function: use VT_await')
  const e = ctx.emitter
  const record = ctx.iteratorSlot(stmt)
  const value = ctx.newSlot()
  const head = new Label()
  const bind = new Label()
  const after = new Label()
  for (const cell of loopHeadTdz(ctx, stmt)) e.emit(`${cell};`)
  e.emit(startIteration(record, explodeToTemp(ctx, stmt.expression)))
  e.mark(head, ctx.lineOf(stmt))
  e.emit(`${value} = vt$step(${record});`)
  e.emit(`if (${record}.done) { ${record} = undefined; `, ...ctx.emitter.jumpParts(after), ' }')
  e.mark(bind, ctx.lineOf(stmt))
  const init = stmt.initializer
  const name = ts.isVariableDeclarationList(init) ? init.declarations[0]!.name : undefined
  const fresh = lexicalHeadName(init)
  if (fresh) e.emit(freshCellStatements(ctx, fresh))
  if (name && ctx.hasBoundary(name)) destructure(ctx, name, value)
  else if (name) e.emit(`${assignTo(ctx, name, value)};`)
  else if (isPattern(init) && ctx.hasBoundary(init)) assignPattern(ctx, init, value)
  // In parentheses, an object pattern is not read as a block.
  else e.emit(`(${plain(ctx, init)} = ${value});`)
  loopBody(ctx, stmt.statement, labels, after, head, record)
  if (e.reachable) e.jump(head)
  e.mark(after, ctx.lineOf(stmt))
  // An exception thrown in the binding or the body closes the iterator, then goes on to the outer handlers.
  e.regions.push({ start: bind, end: after, handler: [closeOnThrow(record)] })
}

/**
 * for…in: the keys are listed when the loop starts (JS lists them then too); a key whose property
 * was deleted before its turn is skipped, as the engine's own check (`key in object`) does.
 */
function forIn(ctx: FnContext, stmt: ts.ForInStatement, labels: string[]): void {
  const e = ctx.emitter
  const object = ctx.valueSlot(stmt.expression)
  const keys = ctx.newSlot()
  const index = ctx.newSlot()
  const head = new Label()
  const after = new Label()
  for (const cell of loopHeadTdz(ctx, stmt)) e.emit(`${cell};`)
  e.emit(`${object} = ${explode(ctx, stmt.expression)}; ${keys} = []; for (const vt$key in ${object}) ${keys}.push(vt$key); ${index} = 0;`)
  e.mark(head, ctx.lineOf(stmt))
  e.emit(`if (${index} >= ${keys}.length) { ${object} = ${keys} = undefined; `, ...ctx.emitter.jumpParts(after), ' }')
  const key = `${keys}[${index}++]`
  e.emit(`if (!(${keys}[${index}] in Object(${object}))) { ${index}++; `, ...ctx.emitter.jumpParts(head), ' }')
  const init = stmt.initializer
  const fresh = lexicalHeadName(init)
  if (fresh) e.emit(freshCellStatements(ctx, fresh))
  if (ts.isVariableDeclarationList(init)) e.emit(`${assignTo(ctx, init.declarations[0]!.name, key)};`)
  else e.emit(`(${plain(ctx, init)} = ${key});`)
  loopBody(ctx, stmt.statement, labels, after, head)
  if (e.reachable) e.jump(head)
  e.mark(after, ctx.lineOf(stmt))
}

/** switch: the discriminant is kept, the case tests are compared in order, then the bodies. */
function switchStatement(ctx: FnContext, stmt: ts.SwitchStatement, labels: string[]): void {
  const e = ctx.emitter
  const discriminant = explodeToTemp(ctx, stmt.expression)
  enter(ctx, stmt.caseBlock)
  const after = new Label()
  const clauses = stmt.caseBlock.clauses.map((clause) => ({ clause, label: new Label() }))
  // The tests run in order until one matches, each with its boundaries.
  for (const { clause, label } of clauses) {
    if (!ts.isCaseClause(clause)) continue
    e.emit(`if (${discriminant} === (${explode(ctx, clause.expression)})) { `, ...ctx.emitter.jumpParts(label), ' }')
  }
  const fallback = clauses.find((c) => ts.isDefaultClause(c.clause))
  e.jump(fallback?.label ?? after)
  withEntry(ctx, { kind: 'switch', labels, breakL: after }, () => {
    for (const { clause, label } of clauses) {
      e.mark(label, ctx.lineOf(clause))
      clause.statements.forEach((s) => explodeStatement(ctx, s))
    }
  })
  e.mark(after, ctx.lineOf(stmt))
}
