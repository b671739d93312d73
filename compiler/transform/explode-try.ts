// try/catch/finally with state boundaries. The try block's states form a region whose
// exceptions the machine's catch dispatch sends to the catch states; with a finally, every way
// out of the try and catch blocks — normal completion, return, break/continue, an exception —
// records a completion and runs the finally states, which then carry on with it (leap.ts).

import ts from '#typescript'
import type { FnContext } from './context.js'
import { Label } from './emit.js'
import { lower } from './lower.js'
import { NORMAL, THROWING, completionDispatch, type FinallyEntry } from './leap.js'
import { assignTo } from './plain.js'
import { freshCellStatements } from './bindings.js'
import { destructure } from './explode-destructuring.js'

/** The name of the caught error in the machine's catch dispatch. */
export const CAUGHT = 'vt$e'

export function explodeTry(ctx: FnContext, stmt: ts.TryStatement): void {
  const e = ctx.emitter
  const tryStart = new Label()
  const catchL = new Label()
  const after = new Label()
  const fin = stmt.finallyBlock ? newFinally(ctx) : undefined
  const completeNormally = (): void => {
    if (fin) completeTo(ctx, fin)
    else if (e.reachable) e.jump(after)
  }
  e.mark(tryStart, ctx.lineOf(stmt))
  if (fin) ctx.leaps.push(fin)
  try {
    lower.statement(ctx, stmt.tryBlock)
    completeNormally()
    const clause = stmt.catchClause
    if (clause) {
      e.mark(catchL, ctx.lineOf(clause))
      const name = clause.variableDeclaration?.name
      // A pattern with a boundary in a default is lowered in the catch states, from the error kept.
      const kept = name && ctx.hasBoundary(name) ? ctx.newSlot() : undefined
      const bind = !name ? '' : kept ? `${kept} = ${CAUGHT}; ` : `${freshCellStatements(ctx, name)}${assignTo(ctx, name, CAUGHT)}; `
      e.regions.push({ start: tryStart, end: catchL, handler: [bind, ...ctx.emitter.jumpParts(catchL), '\n'] })
      if (name && kept) {
        e.emit(freshCellStatements(ctx, name))
        destructure(ctx, name, kept)
      }
      lower.statement(ctx, clause.block)
      completeNormally()
    }
  } finally {
    if (fin) ctx.leaps.pop()
  }
  if (fin) finallyStates(ctx, fin, tryStart, stmt.finallyBlock!, () => lower.statement(ctx, stmt.finallyBlock!))
  e.mark(after, ctx.lineOf(stmt))
}

/** The completion record of a finally (leap.ts), in two slots. */
export function newFinally(ctx: FnContext): FinallyEntry {
  return { kind: 'finally', finallyL: new Label(), completion: ctx.newSlot(), value: ctx.newSlot(), leaps: [] }
}

/** The end of the guarded states: on to the finally states, with a normal completion. */
export function completeTo(ctx: FnContext, fin: FinallyEntry): void {
  if (!ctx.emitter.reachable) return
  ctx.emitter.emit(`${fin.completion} = ${NORMAL};`)
  ctx.emitter.jump(fin.finallyL)
}

/**
 * The finally states, at `node`'s line: an exception in the states from `start` on lands here
 * with a throwing completion; `body` runs, then the guarded code's completion goes on.
 */
export function finallyStates(ctx: FnContext, fin: FinallyEntry, start: Label, node: ts.Node, body: () => void): void {
  const e = ctx.emitter
  e.mark(fin.finallyL, ctx.lineOf(node))
  e.regions.push({
    start,
    end: fin.finallyL,
    handler: [`${fin.value} = ${CAUGHT}; ${fin.completion} = ${THROWING}; `, ...e.jumpParts(fin.finallyL), '\n'],
  })
  body()
  if (e.reachable) e.emit(...completionDispatch(ctx, fin))
}
