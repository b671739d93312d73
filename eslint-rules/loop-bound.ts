// How many times a loop can run its body per entry, as far as the syntax tells. A heuristic, on
// purpose: a counter compared with a constant (`i < 100`, `i <= n % 8`, `Math.min(n, 64)`) bounds a
// loop, assuming the counter starts at its initialiser (or 0) and moves by at least 1 per iteration;
// a loop over a collection (`for (const x of items)`, `for (k in obj)`, `for (let i = 0; i < xs.length;
// i++)`) runs once per element of data the program already holds; anything else — `while (true)`,
// `for (;;)`, `while (node !== null)` — is not bounded.

import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils'

export type LoopNode = TSESTree.WhileStatement | TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.ForInStatement | TSESTree.ForOfStatement

export interface LoopBound {
  /** Iterations per entry; Infinity when not bounded by a constant. */
  count: number
  /** Why, for the message: "forever (its condition is always true)". */
  why: string
  /** The collection whose elements the loop visits, one per iteration, when that is what bounds it. */
  collection?: TSESTree.Node
}

const FOREVER_CONSTANT: LoopBound = { count: Infinity, why: 'forever (its condition is always true)' }
const FOREVER_NO_TEST: LoopBound = { count: Infinity, why: 'forever (it has no condition)' }
const UNBOUNDED: LoopBound = { count: Infinity, why: 'an unbounded number of times (its condition is not bounded by a constant)' }

function perElement(collection: TSESTree.Node): LoopBound {
  return { count: Infinity, why: 'once per element of a collection whose size is not known', collection }
}

export function loopBound(loop: LoopNode): LoopBound {
  switch (loop.type) {
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return conditionBound(loop.test, null)
    case AST_NODE_TYPES.ForStatement:
      if (!loop.test) return FOREVER_NO_TEST
      return indexedCollection(loop) ?? conditionBound(loop.test, loop.init)
    case AST_NODE_TYPES.ForOfStatement:
      return collectionBound(loop.right)
    case AST_NODE_TYPES.ForInStatement:
      return loop.right.type === AST_NODE_TYPES.ObjectExpression ? times(loop.right.properties.length) : perElement(loop.right)
  }
}

function times(count: number): LoopBound {
  return { count: Math.max(0, count), why: `up to ${count} times` }
}

type ForInit = TSESTree.ForStatement['init']

function conditionBound(test: TSESTree.Expression, init: ForInit): LoopBound {
  if (test.type === AST_NODE_TYPES.Literal) return test.value ? FOREVER_CONSTANT : times(0)
  if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator !== '??') {
    const left = conditionBound(test.left, init)
    const right = conditionBound(test.right, init)
    // `a && b` stops as soon as either stops; `a || b` runs while either runs.
    const pick = test.operator === '&&' ? left.count <= right.count : left.count >= right.count
    return pick ? left : right
  }
  if (test.type === AST_NODE_TYPES.BinaryExpression) return comparisonBound(test, init) ?? UNBOUNDED
  return UNBOUNDED
}

/** `i < N`, `i <= N`, `N > i`, and counting down from a constant: `i > N` with `let i = M`. */
function comparisonBound(test: TSESTree.BinaryExpression, init: ForInit): LoopBound | undefined {
  const flipped = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' } as const
  const { operator } = test
  if (!(operator in flipped) || test.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined
  const [counter, limit, op] =
    test.left.type === AST_NODE_TYPES.Identifier ? [test.left, test.right, operator] : [test.right, test.left, flipped[operator as keyof typeof flipped]]
  if (counter.type !== AST_NODE_TYPES.Identifier) return undefined
  const inclusive = op === '<=' || op === '>=' ? 1 : 0
  const start = initialValue(init, counter.name)
  if (op === '<' || op === '<=') {
    const max = upperBound(limit)
    return max === undefined ? undefined : times(max - (start ?? 0) + inclusive)
  }
  const min = upperBound(limit)
  return min === undefined || start === undefined ? undefined : times(start - min + inclusive)
}

/** The largest value `expr` can have, when it is a constant or a remainder by a constant. */
function upperBound(expr: TSESTree.Node): number | undefined {
  if (expr.type === AST_NODE_TYPES.Literal && typeof expr.value === 'number') return expr.value
  if (expr.type === AST_NODE_TYPES.BinaryExpression && expr.operator === '%') {
    const divisor = upperBound(expr.right)
    return divisor === undefined ? undefined : Math.abs(divisor) - 1
  }
  if (isMathMin(expr)) {
    const bounds = expr.arguments.map(upperBound).filter((b) => b !== undefined)
    return bounds.length > 0 ? Math.min(...bounds) : undefined
  }
  return undefined
}

function isMathMin(expr: TSESTree.Node): expr is TSESTree.CallExpression {
  if (expr.type !== AST_NODE_TYPES.CallExpression || expr.callee.type !== AST_NODE_TYPES.MemberExpression) return false
  const { object, property } = expr.callee
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Math' && property.type === AST_NODE_TYPES.Identifier && property.name === 'min'
}

/** `let i = 3` or `i = 3` in a for-loop initialiser. */
function initialValue(init: ForInit, name: string): number | undefined {
  if (!init) return undefined
  if (init.type === AST_NODE_TYPES.VariableDeclaration) {
    const decl = init.declarations.find((d) => d.id.type === AST_NODE_TYPES.Identifier && d.id.name === name)
    return decl?.init ? constant(decl.init) : undefined
  }
  if (init.type === AST_NODE_TYPES.AssignmentExpression && init.left.type === AST_NODE_TYPES.Identifier && init.left.name === name) {
    return constant(init.right)
  }
  return undefined
}

function constant(expr: TSESTree.Node): number | undefined {
  return expr.type === AST_NODE_TYPES.Literal && typeof expr.value === 'number' ? expr.value : undefined
}

function collectionBound(right: TSESTree.Expression): LoopBound {
  if (right.type === AST_NODE_TYPES.ArrayExpression && right.elements.every((e) => e?.type !== AST_NODE_TYPES.SpreadElement)) {
    return times(right.elements.length)
  }
  if (right.type === AST_NODE_TYPES.Literal && typeof right.value === 'string') return times(right.value.length)
  return perElement(right)
}

/** `for (let i = …; i < xs.length; i++)` (or `xs.length > i`, `xs.size`, `i += 1`): once per element of `xs`. */
function indexedCollection(loop: TSESTree.ForStatement): LoopBound | undefined {
  const { test, update } = loop
  if (test?.type !== AST_NODE_TYPES.BinaryExpression) return undefined
  const ascending = test.operator === '<' || test.operator === '<='
  if (!ascending && test.operator !== '>' && test.operator !== '>=') return undefined
  const [counter, limit] = ascending ? [test.left, test.right] : [test.right, test.left]
  if (counter.type !== AST_NODE_TYPES.Identifier || limit.type !== AST_NODE_TYPES.MemberExpression || limit.computed) return undefined
  if (limit.property.type !== AST_NODE_TYPES.Identifier || (limit.property.name !== 'length' && limit.property.name !== 'size')) return undefined
  return update && countsUp(update, counter.name) ? perElement(limit.object) : undefined
}

/** `i++`, `++i` or `i += 1`. */
function countsUp(update: TSESTree.Expression, name: string): boolean {
  const target =
    update.type === AST_NODE_TYPES.UpdateExpression && update.operator === '++'
      ? update.argument
      : update.type === AST_NODE_TYPES.AssignmentExpression && update.operator === '+=' && constant(update.right) === 1
        ? update.left
        : undefined
  return target?.type === AST_NODE_TYPES.Identifier && target.name === name
}
