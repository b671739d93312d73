// Optional chains that hold a state boundary: `a?.b.m(f())`, `g()?.x`, `o?.m()` with m
// multistate. Each `?.` becomes a test of the value on its left that short-circuits the whole
// chain to `undefined` — so the boundaries after it run only when JavaScript would evaluate
// them — and every part of the chain is saved in a temporary before the next is evaluated.

import ts from '#typescript'
import type { FnContext } from './context.js'
import { Label } from './emit.js'
import { lower } from './lower.js'
import { emitBoundary } from './boundary.js'
import { invoke } from './invoke.js'
import { sourceOf } from './holes.js'
import { skipOuter } from '../outer.js'

interface Chain {
  /** Holds the chain's value; `undefined` when it short-circuits. */
  result: string
  /** Just after the chain. */
  end: Label
}

/** The chains being exploded, innermost last (a chain in an argument is a chain of its own). */
const active: Chain[] = []

/** A part of an optional chain (a property, element, call or `!` whose chain has a `?.`). */
export function isChainPart(node: ts.Node): boolean {
  return (node.flags & ts.NodeFlags.OptionalChain) !== 0
}

/** The outermost part of an optional chain: the chain's value. */
export function explodeChain(ctx: FnContext, node: ts.Expression): string {
  const chain: Chain = { result: ctx.newSlot(), end: new Label() }
  active.push(chain)
  try {
    ctx.emitter.emit(`${chain.result} = ${part(ctx, node)};`)
  } finally {
    active.pop()
  }
  ctx.emitter.mark(chain.end, ctx.lineOf(node))
  return chain.result
}

function part(ctx: FnContext, node: ts.Expression): string {
  if (!isChainPart(node)) return lower.explode(ctx, node)
  if (ts.isNonNullExpression(node)) return part(ctx, node.expression)
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const object = saved(ctx, node.expression, node.questionDotToken !== undefined)
    return ts.isPropertyAccessExpression(node) ? `${object}.${node.name.text}` : `${object}[${lower.explodeToTemp(ctx, node.argumentExpression)}]`
  }
  if (ts.isCallExpression(node)) {
    const boundary = ctx.boundary(node)
    if (boundary) {
      ctx.emitter.source(sourceOf(node, ctx.sf)) // as call() does: the boundary maps to the call
      return emitBoundary(ctx, node, boundary, false) // its callee: chainCallee
    }
    const { fn, self } = chainCallee(ctx, node.expression)
    return invoke(fn, self, lower.explodeList(ctx, node.arguments))
  }
  return lower.explode(ctx, node)
}

/** The callee of a call in the chain and its `this`; a `?.(` tests the function itself. */
export function chainCallee(ctx: FnContext, written: ts.Expression): { fn: string; self: string | undefined } {
  let self: string | undefined
  let fn: string
  // `(a.b)?.()` calls a.b with this = a, as `a.b?.()` does.
  const callee = skipOuter(written)
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    self = saved(ctx, callee.expression, callee.questionDotToken !== undefined)
    const key = ts.isPropertyAccessExpression(callee) ? `.${callee.name.text}` : `[${lower.explodeToTemp(ctx, callee.argumentExpression)}]`
    fn = ctx.valueSlot(callee)
    ctx.emitter.emit(`${fn} = ${self}${key};`)
  } else {
    fn = saved(ctx, callee, false)
  }
  if ((written.parent as ts.CallExpression).questionDotToken) shortCircuit(ctx, fn)
  return { fn, self }
}

/** The value of `node` in a temporary, tested for `?.` when `optional`. */
function saved(ctx: FnContext, node: ts.Expression, optional: boolean): string {
  const temp = ctx.valueSlot(node)
  ctx.emitter.emit(`${temp} = ${part(ctx, node)};`)
  if (optional) shortCircuit(ctx, temp)
  return temp
}

function shortCircuit(ctx: FnContext, value: string): void {
  const chain = active[active.length - 1]!
  ctx.emitter.emit(`if (${value} == null) { ${chain.result} = undefined; `, ...ctx.emitter.jumpParts(chain.end), ' }')
}
