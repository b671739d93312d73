// Jump targets of break, continue and return across exploded statements (regenerator's leap
// manager): loops, switches and labelled blocks give break/continue targets; a try statement
// with finally intercepts every jump out of it, records a completion and runs the finally
// states first; leaving a for…of early closes its iterator (iterator.return()).

import type { FnContext } from './context.js'
import { type Label, type Part } from './emit.js'
import { closeIterator } from './iteration.js'

/** Completion record codes of a finally: after it, go on as the try statement completed. */
export const NORMAL = 0
export const RETURNING = 1
export const THROWING = 2
/** JUMP_BASE + i: a break/continue to the finally's i-th recorded target. */
const JUMP_BASE = 3

export interface JumpEntry {
  kind: 'loop' | 'switch' | 'block'
  labels: string[]
  breakL: Label
  /** For loops: where continue goes. */
  continueL?: Label
  /** For for…of: the field holding the iterator, closed when a jump leaves the loop. */
  iterator?: string
}

export interface FinallyEntry {
  kind: 'finally'
  finallyL: Label
  /** Fields of the completion record. */
  completion: string
  value: string
  /** Jumps that left the try block through this finally, by completion code − JUMP_BASE. */
  leaps: Leap[]
  /** For a block's `using` declarations (explode-using.ts): the slot of the resources its finally disposes of. */
  resources?: string
}

export type LeapEntry = JumpEntry | FinallyEntry

/** A jump to `label`, the break or continue target of the entry at `depth`. */
export interface Leap {
  depth: number
  label: Label
  /** A break out of a for…of: its own iterator is closed too. */
  leavesTarget: boolean
}

/** The leap of `break label?` / `continue label?`, or undefined when no exploded statement is its target. */
export function findLeap(ctx: FnContext, isContinue: boolean, label: string | undefined): Leap | undefined {
  for (let depth = ctx.leaps.length - 1; depth >= 0; depth--) {
    const e = ctx.leaps[depth]!
    if (e.kind === 'finally') continue
    if (label !== undefined ? !e.labels.includes(label) : isContinue ? e.kind !== 'loop' : e.kind === 'block') continue
    const target = isContinue ? e.continueL : e.breakL
    if (target === undefined) return undefined
    return { depth, label: target, leavesTarget: !isContinue }
  }
  return undefined
}

/** Code that performs `leap` from inside the entries below `from`. */
export function leapParts(ctx: FnContext, leap: Leap, from = ctx.leaps.length): Part[] {
  const parts: Part[] = []
  for (let i = from - 1; i > leap.depth; i--) {
    const e = ctx.leaps[i]!
    if (e.kind === 'finally') return [...parts, ...throughFinally(ctx, e, leap)]
    if (e.iterator) parts.push(closeIterator(e.iterator))
  }
  const target = ctx.leaps[leap.depth] as JumpEntry
  if (leap.leavesTarget && target.iterator) parts.push(closeIterator(target.iterator))
  return [...parts, ...ctx.emitter.jumpParts(leap.label)]
}

function throughFinally(ctx: FnContext, e: FinallyEntry, leap: Leap): Part[] {
  let index = e.leaps.findIndex((l) => l.label === leap.label && l.leavesTarget === leap.leavesTarget)
  if (index < 0) index = e.leaps.push(leap) - 1
  return [`${e.completion} = ${JUMP_BASE + index}; `, ...ctx.emitter.jumpParts(e.finallyL)]
}

/** Code that returns `value` (a JS expression) from inside the entries below `from`. */
export function returnParts(ctx: FnContext, value: string, from = ctx.leaps.length): Part[] {
  const parts: Part[] = []
  for (let i = from - 1; i >= 0; i--) {
    const e = ctx.leaps[i]!
    if (e.kind === 'finally') {
      // The value is evaluated before any iterator is closed (as in JS).
      return [`${e.value} = ${value}; `, ...parts, `${e.completion} = ${RETURNING}; `, ...ctx.emitter.jumpParts(e.finallyL)]
    }
    if (e.iterator) parts.push(closeIterator(e.iterator))
  }
  return [`${ctx.k}.value = ${value}; `, ...parts, 'return vt$RETURN;']
}

/** After a finally block: continue as its try statement completed (return, throw or jump). */
export function completionDispatch(ctx: FnContext, e: FinallyEntry): Part[] {
  const parts: Part[] = [
    `if (${e.completion} === ${THROWING}) { const e = ${e.value}; ${e.value} = undefined; throw e; }\n`,
    `if (${e.completion} === ${RETURNING}) { `,
    ...returnParts(ctx, e.value),
    ' }\n',
  ]
  e.leaps.forEach((leap, i) => parts.push(`if (${e.completion} === ${JUMP_BASE + i}) { `, ...leapParts(ctx, leap), ' }\n'))
  return parts
}
