// Where a multistate function's bindings are made, for the locals that need it: the cells of
// block-scoped locals shared with closures (cells.ts) when their block is entered, and nested
// function declarations, whose values JavaScript makes when their block is entered (hoisted:
// callable before their line). The function body's entry is the machine's prologue (machine.ts);
// a block's, the block's start, exploded or printed; a case block's, before its switch.

import ts from '#typescript'
import { bindingScope, declarationOf, isConst } from './cells.js'
import { wrapClosure } from './captures.js'
import type { FnContext } from './context.js'

/** The code that makes the bindings of `scope` (a block, a case block or the function body) on its entry. */
export function scopeEntry(ctx: FnContext, scope: ts.Node): string {
  const cells: string[] = []
  for (const [symbol, field] of ctx.layout.locals) {
    const decl = symbol.valueDeclaration
    if (!ctx.layout.cells.has(field) || !decl || bindingScope(declarationOf(decl)) !== scope) continue
    cells.push(`${ctx.variable(field)} = ${newCell(ctx, symbol, field)};`)
  }
  const functions = statementsOf(scope)
    .filter((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.body !== undefined && s.name !== undefined)
    .map((s) => {
      const symbol = ctx.checker.getSymbolAtLocation(s.name!)!
      // A function whose name is a cell captures the cell for itself (captures.ts).
      const isCell = ctx.layout.cells.has(ctx.layout.locals.get(symbol)!)
      return `${ctx.valueOf(symbol)!} = ${wrapClosure(ctx, s, isCell ? s.name!.text : undefined)};`
    })
  return [...cells, ...functions].join(' ')
}

function statementsOf(scope: ts.Node): readonly ts.Statement[] {
  if (ts.isBlock(scope)) return scope.statements
  if (ts.isCaseBlock(scope)) return scope.clauses.flatMap((c) => [...c.statements])
  return []
}

/**
 * `for (let i = …; …; update)` whose variables are cells: each iteration has its own, a copy of
 * the last one's made before the update runs (and once after the initialiser), as JavaScript's
 * CreatePerIterationEnvironment does, so a closure keeps the value of its iteration.
 */
export function perIterationCopies(ctx: FnContext, stmt: ts.ForStatement): string[] {
  const init = stmt.initializer
  if (!init || !ts.isVariableDeclarationList(init) || (init.flags & ts.NodeFlags.BlockScoped) === 0) return []
  return init.declarations.flatMap((d) => cellFieldsOf(ctx, d.name)).map((field) => `${ctx.variable(field)} = { v: ${ctx.variable(field)}.v }`)
}

/** A new binding instance of a cell: one that throws until its declaration runs (TdzCell), or a plain `{ v }`. */
function newCell(ctx: FnContext, symbol: ts.Symbol, field: string): string {
  return ctx.layout.tdz.has(field) ? `new vt$TdzCell(${JSON.stringify(symbol.name)}, ${isConst(symbol)})` : '{ v: undefined }'
}

/** The names in `name` that are cells, with their fields. */
function cellsOf(ctx: FnContext, name: ts.BindingName): [ts.Symbol, string][] {
  const out: [ts.Symbol, string][] = []
  const visit = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) {
      const symbol = ctx.checker.getSymbolAtLocation(n)
      const field = symbol && ctx.layout.locals.get(symbol)
      if (symbol && field && ctx.layout.cells.has(field)) out.push([symbol, field])
    } else for (const e of n.elements) if (!ts.isOmittedExpression(e)) visit(e.name)
  }
  visit(name)
  return out
}

/** The fields of the names in `name` that are cells. */
export function cellFieldsOf(ctx: FnContext, name: ts.BindingName): string[] {
  return cellsOf(ctx, name).map(([, field]) => field)
}

/** A fresh binding instance of each cell in a loop head's or catch clause's `name` (block-scoped ones only): expressions. */
export function freshCells(ctx: FnContext, name: ts.BindingName): string[] {
  return cellsOf(ctx, name).map(([symbol, field]) => `${ctx.variable(field)} = ${newCell(ctx, symbol, field)}`)
}

/** The same as statements. */
export function freshCellStatements(ctx: FnContext, name: ts.BindingName): string {
  return freshCells(ctx, name)
    .map((c) => `${c}; `)
    .join('')
}

/**
 * `for (let x of f(x))`: the expression sees the head's names uninitialised, and a closure made
 * there keeps them so. When it refers to them they are TdzCells (cells.ts): these expressions make
 * fresh ones, never initialised, to run before it (none otherwise).
 */
export function loopHeadTdz(ctx: FnContext, stmt: ts.ForOfStatement | ts.ForInStatement): string[] {
  const name = lexicalHeadName(stmt.initializer)
  return name && cellFieldsOf(ctx, name).some((field) => ctx.layout.tdz.has(field)) ? freshCells(ctx, name) : []
}

/** A loop head's `let`/`const` name (each iteration's own binding), if it declares one. */
export function lexicalHeadName(list: ts.ForInitializer): ts.BindingName | undefined {
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.BlockScoped) !== 0 ? list.declarations[0]!.name : undefined
}
