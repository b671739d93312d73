// What the flow knows of the standard containers, which vtify does not transform: which methods keep
// the functions they are given without calling them (so a multistate one there is no VT1002, but
// escapes: analyze/escapes.ts), and which call a callback with the array's elements.

import ts from '#typescript'
import type { ExtractContext } from './context.js'
import { isThisParameter } from './naming.js'
import { skipOuter } from '../outer.js'

/** Untransformed code known to keep the functions it is given without calling them. */
const STORES: ReadonlySet<string> = new Set([
  'Array.push',
  'Array.unshift',
  'Array.splice',
  'Array.fill',
  'Map.set',
  'Set.add',
  'WeakMap.set',
  'WeakSet.add',
  'new Array',
  'new Map',
  'new Set',
  'new WeakMap',
  'new WeakSet',
  'new WeakRef',
])

export function storesFunctions(external: string): boolean {
  return STORES.has(external)
}

/** Array methods that call their callback with an element, and which parameter receives it. */
const ELEMENT_CALLBACKS: ReadonlyMap<string, number> = new Map([
  ...['forEach', 'map', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flatMap'].map((m) => [`Array.${m}`, 0] as const),
  ['Array.reduce', 1],
  ['Array.reduceRight', 1],
])

/**
 * `arr.forEach((f) => …)`: the array and the callback's parameter that receives its elements, when
 * the callback is written in place.
 */
export function elementCallback(
  call: ts.CallExpression | ts.NewExpression,
  external: string,
): { array: ts.Expression; param: ts.ParameterDeclaration } | undefined {
  const index = ELEMENT_CALLBACKS.get(external)
  const callee = skipOuter(call.expression)
  const callback = call.arguments?.[0] && skipOuter(call.arguments[0])
  if (index === undefined || !ts.isPropertyAccessExpression(callee) || !callback) return undefined
  if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) return undefined
  const param = callback.parameters.filter((p) => !isThisParameter(p))[index]
  return param && ts.isIdentifier(param.name) ? { array: callee.expression, param } : undefined
}

/** Arrays and tuples, which the flow collapses to their elements (records it does not). */
export function isArray(ctx: ExtractContext, node: ts.Expression): boolean {
  const type = ctx.checker.getTypeAtLocation(node)
  return ctx.checker.isArrayType(type) || ctx.checker.isTupleType(type)
}
