// `using` declarations in the blocks of a multistate function (explicit resource management).
// A block's resources are kept in a continuation slot as they are declared, and the block is
// guarded as a try block with a finally is (explode-try.ts): however it ends — normal
// completion, return, break or continue, an exception, the thread cancelled at a boundary — its
// finally states dispose of them, last declared first, and then the block's completion goes on
// (runtime/disposal.ts). A block that holds a `using` is lowered so even without a boundary
// (holdsUsing); nested functions keep theirs as written.

import ts from '#typescript'
import type { FnContext } from './context.js'
import { Label } from './emit.js'
import { completeTo, finallyStates, newFinally } from './explode-try.js'
import { THROWING, type FinallyEntry } from './leap.js'
import { lower } from './lower.js'

/** `using x = …` (or `await using`, refused before: VT1003). */
function isUsing(stmt: ts.Statement): stmt is ts.VariableStatement {
  return ts.isVariableStatement(stmt) && isUsingList(stmt.declarationList)
}

function isUsingList(node: ts.Node): boolean {
  return ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Using) !== 0
}

/**
 * Whether `stmt` is or holds a `using` declaration of the function being lowered: lowered even
 * without a boundary, since printed as it is (plain.ts) the declaration would become an
 * assignment to a local of the state machine, with nothing to dispose of the resource.
 */
export function holdsUsing(ctx: FnContext, stmt: ts.Statement): boolean {
  let holders = usingHolders.get(ctx.fn)
  if (holders === undefined) usingHolders.set(ctx.fn, (holders = usingHoldersOf(ctx.fn)))
  return holders.has(stmt)
}

const usingHolders = new WeakMap<ts.Node, ReadonlySet<ts.Node>>()
const mentionsUsing = new WeakMap<ts.SourceFile, boolean>()

/** The nodes of `fn` that are or hold a `using` declaration of its own (not of a nested function or class). */
function usingHoldersOf(fn: ts.Node): ReadonlySet<ts.Node> {
  const holders = new Set<ts.Node>()
  const sf = fn.getSourceFile()
  let mentions = mentionsUsing.get(sf)
  if (mentions === undefined) mentionsUsing.set(sf, (mentions = /\busing\s/.test(sf.text)))
  if (!mentions) return holders
  const visit = (node: ts.Node): void => {
    if (isUsingList(node)) for (let at: ts.Node = node; at !== fn; at = at.parent) holders.add(at)
    else if (!ts.isFunctionLike(node) && !ts.isClassLike(node)) ts.forEachChild(node, visit)
  }
  ts.forEachChild(fn, visit)
  return holders
}

/** The statements of `node`, a block or a function's body, as states; guarded and disposed of when they declare resources. */
export function blockStatements(ctx: FnContext, node: ts.Node, statements: readonly ts.Statement[]): void {
  const each = (): void => statements.forEach((s) => lower.statement(ctx, s))
  if (statements.some(isUsing)) disposing(ctx, node, each)
  else each()
}

function disposing(ctx: FnContext, node: ts.Node, statements: () => void): void {
  const e = ctx.emitter
  const fin: FinallyEntry = { ...newFinally(ctx), resources: ctx.newSlot() }
  e.emit(`${fin.resources} = [];`)
  const start = new Label()
  e.mark(start, ctx.lineOf(node))
  ctx.leaps.push(fin)
  try {
    statements()
  } finally {
    ctx.leaps.pop()
  }
  completeTo(ctx, fin)
  finallyStates(ctx, fin, start, node, () => e.emit(`vt$dispose(${fin.resources}, ${fin.completion} === ${THROWING}, ${fin.value});`))
}

/** The value `using x = value` gives x: the resource, checked and added to its block's (runtime/disposal.ts). */
export function usingValue(ctx: FnContext, value: string): string {
  const block = ctx.leaps.at(-1)
  if (block?.kind !== 'finally' || block.resources === undefined) throw new Error('vtify internal error: a `using` declaration outside its block')
  return `vt$using(${block.resources}, ${value})`
}
