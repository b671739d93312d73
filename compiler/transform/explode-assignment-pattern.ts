// A destructuring assignment whose pattern holds a state boundary — in a default, a computed key
// or a target's object (`[a = f()] = xs`, `({ [k()]: o.p } = v)`): lowered element by element, in
// JavaScript's order. Each element evaluates its target's object and key first (a nested
// pattern has none), then takes its value — the iterator's next, or the property — then the
// default if that is undefined, then assigns. An array pattern closes the iterator (`return()`)
// when it did not exhaust it, also when an element throws. (The same for a declaration's pattern,
// whose targets are names: explode-destructuring.ts.)

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { Label } from './emit.js'
import { lower } from './lower.js'
import { finishIteration, closeOnThrow, restInto, skipOne, startIteration, stepInto } from './iteration.js'

type Pattern = ts.ArrayLiteralExpression | ts.ObjectLiteralExpression

export function isPattern(node: ts.Node): node is Pattern {
  return ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)
}

/** Assign `value` (a temporary or a constant) to `pattern`. */
export function assignPattern(ctx: FnContext, pattern: Pattern, value: string): void {
  if (ts.isObjectLiteralExpression(pattern)) objectPattern(ctx, pattern, value)
  else arrayPattern(ctx, pattern, value)
}

function objectPattern(ctx: FnContext, pattern: ts.ObjectLiteralExpression, value: string): void {
  ctx.emitter.emit(`if (${value} == null) throw new TypeError('Cannot destructure ' + ${value} + ': it has no properties');`)
  for (const p of pattern.properties) {
    if (ts.isPropertyAssignment(p)) {
      const key = ts.isComputedPropertyName(p.name) ? `[${lower.explodeToTemp(ctx, p.name.expression)}]` : access(ctx, p.name)
      const [target, initial] = withDefault(p.initializer)
      element(ctx, target, initial, (v) => `${v} = ${value}${key};`)
    } else if (ts.isShorthandPropertyAssignment(p)) element(ctx, p.name, p.objectAssignmentInitializer, (v) => `${v} = ${value}.${p.name.text};`)
    else
      throw new Unsupported(
        Codes.unsupportedConstruct,
        p,
        `a rest or method beside a state boundary in a destructuring assignment in multistate function ${ctx.layout.name} is not supported yet: destructure first, then assign`,
      )
  }
}

function access(ctx: FnContext, key: ts.PropertyName): string {
  return ts.isIdentifier(key) || ts.isPrivateIdentifier(key) ? `.${key.text}` : `[${key.getText(ctx.sf)}]`
}

/** `target = default` in a pattern: the target and its default. */
function withDefault(node: ts.Expression): [ts.Expression, ts.Expression | undefined] {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken ? [node.left, node.right] : [node, undefined]
}

function arrayPattern(ctx: FnContext, pattern: ts.ArrayLiteralExpression, value: string): void {
  const e = ctx.emitter
  const record = ctx.iteratorSlot(pattern)
  e.emit(startIteration(record, value))
  const start = new Label()
  const end = new Label()
  e.mark(start, ctx.lineOf(pattern))
  for (const el of pattern.elements) {
    if (ts.isOmittedExpression(el)) e.emit(skipOne(record))
    else if (ts.isSpreadElement(el)) {
      const ref = isPattern(el.expression) ? undefined : lower.targetOf(ctx, el.expression)
      const v = ctx.newSlot()
      e.emit(restInto(record, v))
      assign(ctx, el.expression, ref, v)
    } else {
      const [target, initial] = withDefault(el)
      element(ctx, target, initial, (v) => stepInto(record, v))
    }
  }
  e.emit(finishIteration(record))
  e.mark(end, ctx.lineOf(pattern))
  // An exception in an element closes the iterator too, then goes on.
  e.regions.push({ start, end, handler: [closeOnThrow(record)] })
}

/**
 * One element: its target's object and key, then its value (`fetch` writes it into the
 * temporary: a property, or the iterator's next), its default when undefined, then the assignment.
 */
function element(ctx: FnContext, target: ts.Expression, initial: ts.Expression | undefined, fetch: (v: string) => string): void {
  const e = ctx.emitter
  const ref = isPattern(target) ? undefined : lower.targetOf(ctx, target)
  const v = ctx.newSlot()
  e.emit(fetch(v))
  if (initial) {
    const given = new Label()
    e.emit(`if (${v} !== undefined) { `, ...ctx.emitter.jumpParts(given), ' }')
    e.emit(`${v} = ${lower.explode(ctx, initial)};`)
    e.mark(given, ctx.lineOf(target))
  }
  assign(ctx, target, ref, v)
}

function assign(ctx: FnContext, target: ts.Expression, ref: string | undefined, v: string): void {
  if (ref !== undefined) ctx.emitter.emit(`${ref} = ${v};`)
  else assignPattern(ctx, target as Pattern, v)
}
