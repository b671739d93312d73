// A declaration's destructuring pattern with a state boundary in a default (`const { a = f() } =
// o`): lowered element by element, so that a default runs only for a missing (undefined) value,
// in pattern order, after the elements before it. Array patterns step the iterator as
// JavaScript does and close it (`return()`) when the pattern did not exhaust it. Every value is
// kept in a temporary, and the names are bound together at the end: the declared variables'
// live ranges start with the whole declaration, not inside it.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { Label } from './emit.js'
import { variableIn } from './holes.js'
import { lower } from './lower.js'
import { finishIteration, closeOnThrow, restInto, startIteration, stepInto } from './iteration.js'
import { assignTo } from './plain.js'

/** What the pattern leaves to do at its end. */
interface Pending {
  /** Bindings of the names to the temporaries holding their values. */
  binds: string[]
  /** The fields of the names now read from their temporaries, to restore. */
  shadowed: Map<ts.Symbol, string>
}

/**
 * Bind `name` to `value` (a temporary or a constant), defaults with boundaries included. A later
 * default may read an earlier name of the pattern (`{ n, size = f(n) }`): while the pattern is
 * lowered, such a name reads the temporary holding its value.
 */
export function destructure(ctx: FnContext, name: ts.BindingName, value: string): void {
  const pending: Pending = { binds: [], shadowed: new Map() }
  try {
    bindPattern(ctx, name, value, pending)
  } finally {
    for (const [symbol, field] of pending.shadowed) ctx.layout.locals.set(symbol, field)
  }
  ctx.emitter.emit(pending.binds.join(' '))
}

function bindPattern(ctx: FnContext, name: ts.BindingName, value: string, pending: Pending): void {
  if (ts.isIdentifier(name)) {
    pending.binds.push(`${assignTo(ctx, name, value)};`)
    const symbol = ctx.checker.getSymbolAtLocation(name)
    const field = symbol && ctx.layout.locals.get(symbol)
    const temporary = variableIn(value)
    if (symbol && field && temporary) {
      pending.shadowed.set(symbol, field)
      ctx.layout.locals.set(symbol, temporary.field)
    }
  } else if (ts.isObjectBindingPattern(name)) objectPattern(ctx, name, value, pending)
  else arrayPattern(ctx, name, value, pending)
}

function objectPattern(ctx: FnContext, pattern: ts.ObjectBindingPattern, value: string, pending: Pending): void {
  for (const e of pattern.elements) {
    if (e.dotDotDotToken)
      throw new Unsupported(Codes.unsupportedConstruct, e, 'a rest element beside a state boundary in a destructuring default is not supported yet')
    const key = e.propertyName ?? (e.name as ts.Identifier)
    const v = ctx.newSlot()
    ctx.emitter.emit(`${v} = ${value}${access(ctx, key)};`)
    element(ctx, e, v, pending)
  }
}

function access(ctx: FnContext, key: ts.PropertyName): string {
  if (ts.isIdentifier(key) || ts.isPrivateIdentifier(key)) return `.${key.text}`
  if (ts.isComputedPropertyName(key)) return `[${lower.explodeToTemp(ctx, key.expression)}]`
  return `[${key.getText(ctx.sf)}]`
}

function arrayPattern(ctx: FnContext, pattern: ts.ArrayBindingPattern, value: string, pending: Pending): void {
  const e = ctx.emitter
  const record = ctx.iteratorSlot(pattern)
  e.emit(startIteration(record, value))
  const start = new Label()
  const end = new Label()
  e.mark(start, ctx.lineOf(pattern))
  for (const el of pattern.elements) {
    const v = ctx.newSlot()
    e.emit(ts.isBindingElement(el) && el.dotDotDotToken ? restInto(record, v) : stepInto(record, v))
    if (ts.isBindingElement(el)) element(ctx, el, v, pending)
  }
  e.emit(finishIteration(record))
  e.mark(end, ctx.lineOf(pattern))
  // An exception in a default (or a nested pattern) closes the iterator too, then goes on.
  e.regions.push({ start, end, handler: [closeOnThrow(record)] })
}

/** An element's value `v`: its default when undefined, then its own name or pattern. */
function element(ctx: FnContext, el: ts.BindingElement, v: string, pending: Pending): void {
  if (el.initializer) {
    const given = new Label()
    ctx.emitter.emit(`if (${v} !== undefined) { `, ...ctx.emitter.jumpParts(given), ' }')
    ctx.emitter.emit(`${v} = ${lower.explode(ctx, el.initializer)};`)
    ctx.emitter.mark(given, ctx.lineOf(el))
  }
  bindPattern(ctx, el.name, v, pending)
}
