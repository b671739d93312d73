// Expressions that contain a state boundary. Everything evaluated before a boundary is saved in
// a continuation temporary first, so that JavaScript's left-to-right order is kept across the
// suspension (regenerator's explodeExpression). Returns the JS expression, valid at the end of
// the emitted code, that holds the value.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { Label } from './emit.js'
import { emitBoundary, emitTagBoundary } from './boundary.js'
import { assignPattern, isPattern } from './explode-assignment-pattern.js'
import { chainCallee, explodeChain, isChainPart } from './explode-chain.js'
import { sourceOf } from './holes.js'
import { checkImplicitMultistateCall } from './functions.js'
import { skipOuter } from '../outer.js'
import { invoke } from './invoke.js'
import { plain } from './plain.js'
import { checkSuper, isSuperAccess, superDelete, superGet, superKey } from './super.js'

export function explode(ctx: FnContext, node: ts.Expression, ignoreResult = false): string {
  if (ctx.roots.length > 0) return explodeNode(ctx, node, ignoreResult)
  // The expression a statement evaluates: its temporaries are read by the time it is done.
  ctx.roots.push(node)
  try {
    return explodeNode(ctx, node, ignoreResult)
  } finally {
    ctx.roots.pop()
  }
}

function explodeNode(ctx: FnContext, node: ts.Expression, ignoreResult: boolean): string {
  // A comma expression is about to be an operand (`k.t = a, b` would assign a): parenthesised.
  if (!ctx.hasBoundary(node)) return isComma(node) ? `(${plain(ctx, node)})` : plain(ctx, node)
  if (isChainPart(node)) return explodeChain(ctx, node)
  checkImplicitMultistateCall(node, ctx.checker, ctx.scope.functions)
  const lowered = LOWERINGS.get(node.kind)?.(ctx, node, ignoreResult)
  if (lowered === undefined) throw unsupported(ctx, node)
  return lowered
}

type Lowering = (ctx: FnContext, node: ts.Expression, ignoreResult: boolean) => string | undefined

/** A cast or parentheses: what is inside. */
const inner: Lowering = (ctx, n, ignoreResult) => explode(ctx, (n as ts.ParenthesizedExpression).expression, ignoreResult)

/**
 * How each kind of expression that holds a state boundary is lowered (undefined, or a kind not
 * listed: not supported yet, a VT2002). Optional chains are lowered before (explode-chain.ts).
 */
const LOWERINGS: ReadonlyMap<ts.SyntaxKind, Lowering> = new Map<ts.SyntaxKind, Lowering>([
  [ts.SyntaxKind.ParenthesizedExpression, inner],
  [ts.SyntaxKind.AsExpression, inner],
  [ts.SyntaxKind.NonNullExpression, inner],
  [ts.SyntaxKind.SatisfiesExpression, inner],
  [ts.SyntaxKind.TypeAssertionExpression, inner],
  [ts.SyntaxKind.CallExpression, (ctx, n, ignoreResult) => call(ctx, n as ts.CallExpression, ignoreResult)],
  [ts.SyntaxKind.BinaryExpression, (ctx, n, ignoreResult) => binary(ctx, n as ts.BinaryExpression, ignoreResult)],
  [ts.SyntaxKind.ConditionalExpression, (ctx, n) => conditional(ctx, n as ts.ConditionalExpression)],
  [ts.SyntaxKind.PrefixUnaryExpression, (ctx, n) => prefix(ctx, n as ts.PrefixUnaryExpression)],
  [ts.SyntaxKind.TypeOfExpression, (ctx, n) => `typeof (${explode(ctx, (n as ts.TypeOfExpression).expression)})`],
  [ts.SyntaxKind.DeleteExpression, (ctx, n) => deleteExpression(ctx, n as ts.DeleteExpression)],
  [ts.SyntaxKind.TaggedTemplateExpression, (ctx, n, ignoreResult) => taggedTemplate(ctx, n as ts.TaggedTemplateExpression, ignoreResult)],
  [ts.SyntaxKind.VoidExpression, (ctx, n) => `void (${explode(ctx, (n as ts.VoidExpression).expression)})`],
  [
    ts.SyntaxKind.PropertyAccessExpression,
    (ctx, n) => `(${explode(ctx, (n as ts.PropertyAccessExpression).expression)}).${(n as ts.PropertyAccessExpression).name.text}`,
  ],
  [ts.SyntaxKind.ElementAccessExpression, (ctx, n) => elementAccess(ctx, n as ts.ElementAccessExpression)],
  [ts.SyntaxKind.ArrayLiteralExpression, (ctx, n) => `[${explodeList(ctx, (n as ts.ArrayLiteralExpression).elements).join(', ')}]`],
  [ts.SyntaxKind.ObjectLiteralExpression, (ctx, n) => objectLiteral(ctx, n as ts.ObjectLiteralExpression)],
  [ts.SyntaxKind.TemplateExpression, (ctx, n) => template(ctx, n as ts.TemplateExpression)],
  [ts.SyntaxKind.NewExpression, (ctx, n) => newExpression(ctx, n as ts.NewExpression)],
  [ts.SyntaxKind.SpreadElement, (ctx, n) => `...${explode(ctx, (n as ts.SpreadElement).expression)}`],
])

/** `-f()`, `!f()`; `++`/`--` of a boundary's result is not a reference: unsupported. */
function prefix(ctx: FnContext, node: ts.PrefixUnaryExpression): string | undefined {
  return isIncrement(node.operator) ? undefined : `${ts.tokenToString(node.operator)!}(${explode(ctx, node.operand)})`
}

function elementAccess(ctx: FnContext, node: ts.ElementAccessExpression): string {
  const [object, index] = explodeList(ctx, [node.expression, node.argumentExpression])
  return `${object!}[${index!}]`
}

/** `new C(f())`: the constructor, then the arguments (`new (f())` with no argument list: not supported yet). */
function newExpression(ctx: FnContext, node: ts.NewExpression): string | undefined {
  if (!node.arguments) return undefined
  const [callee, ...args] = explodeList(ctx, [node.expression, ...node.arguments])
  return `new (${callee!})(${args.join(', ')})`
}

function unsupported(ctx: FnContext, node: ts.Node): Unsupported {
  const what = ts.SyntaxKind[node.kind]
  return new Unsupported(
    Codes.unsupportedConstruct,
    node,
    `a state boundary inside this ${what} in multistate function ${ctx.layout.name} is not supported yet: assign the call's result to a variable first`,
  )
}

/** Evaluate `node` now and keep its value in a temporary, unless it is a constant. */
export function explodeToTemp(ctx: FnContext, node: ts.Expression): string {
  const value = explode(ctx, node)
  if (isConstant(node)) return value
  const temp = ctx.valueSlot(node)
  ctx.emitter.emit(`${temp} = ${value};`)
  return temp
}

function isConstant(node: ts.Expression): boolean {
  return (
    ts.isLiteralExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  )
}

/** Sibling expressions in evaluation order: those before the last one with a boundary are saved. */
export function explodeList(ctx: FnContext, nodes: readonly ts.Expression[]): string[] {
  let last = -1
  nodes.forEach((n, i) => {
    if (ctx.hasBoundary(n)) last = i
  })
  return nodes.map((n, i) => {
    if (i < last) return ts.isSpreadElement(n) ? `...${explodeToTemp(ctx, n.expression)}` : explodeToTemp(ctx, n)
    return explode(ctx, n)
  })
}

function call(ctx: FnContext, node: ts.CallExpression, ignoreResult: boolean): string {
  const boundary = ctx.boundary(node)
  if (boundary) {
    ctx.emitter.source(sourceOf(node, ctx.sf))
    return emitBoundary(ctx, node, boundary, ignoreResult)
  }
  // A boundary in the arguments: the callee (and its `this`) is evaluated before them.
  const { fn, self } = calleeOf(ctx, node.expression)
  return invoke(fn, self, explodeList(ctx, node.arguments))
}

/** The callee's function value and `this`, saved before arguments that hold a boundary. */
export function calleeOf(ctx: FnContext, written: ts.Expression): { fn: string; self: string | undefined } {
  if (isChainPart(written.parent)) return chainCallee(ctx, written)
  // `(a.b)()` calls a.b with this = a, as `a.b()` does.
  const callee = skipOuter(written)
  if (isSuperAccess(callee)) {
    checkSuper(ctx.scope, callee)
    const self = ctx.variable(ctx.layout.thisField!)
    const key = superKey(callee, (e) => explodeToTemp(ctx, e))
    const fn = ctx.valueSlot(callee)
    ctx.emitter.emit(`${fn} = ${superGet(key, self)};`)
    return { fn, self }
  }
  if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
    const self = explodeToTemp(ctx, callee.expression)
    const key = ts.isPropertyAccessExpression(callee) ? `.${callee.name.text}` : `[${explodeToTemp(ctx, callee.argumentExpression)}]`
    const fn = ctx.valueSlot(callee)
    ctx.emitter.emit(`${fn} = ${self}${key};`)
    return { fn, self }
  }
  return { fn: explodeToTemp(ctx, callee), self: undefined }
}

function binary(ctx: FnContext, node: ts.BinaryExpression, ignoreResult: boolean): string {
  const op = node.operatorToken.kind
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
    return logical(ctx, node)
  }
  if (op === ts.SyntaxKind.CommaToken) {
    const left = explode(ctx, node.left, true)
    if (left) ctx.emitter.emit(`${left};`)
    return explode(ctx, node.right, ignoreResult)
  }
  if (op === ts.SyntaxKind.EqualsToken) {
    const target = assignment(ctx, node)
    return ignoreResult ? '' : target
  }
  if (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment) return compoundAssignment(ctx, node, ignoreResult)
  const [left, right] = explodeList(ctx, [node.left, node.right])
  return `(${left!} ${node.operatorToken.getText(ctx.sf)} ${right!})`
}

/** `a && b`: b (and its boundaries) runs only when a is truthy. */
function logical(ctx: FnContext, node: ts.BinaryExpression): string {
  // Until the right side's value replaces it, the result holds the left side's (follow-check.ts).
  const result = ctx.valueSlot(node)
  const after = new Label()
  ctx.emitter.emit(`${result} = ${explode(ctx, node.left)};`)
  shortCircuit(ctx, node.operatorToken.getText(ctx.sf), result, after)
  ctx.emitter.emit(`${result} = ${explode(ctx, node.right)};`)
  ctx.emitter.mark(after, ctx.lineOf(node))
  return result
}

/** Jump to `after` when `op` (&&, || or ??) does not evaluate its right side for `left`. */
function shortCircuit(ctx: FnContext, op: string, left: string, after: Label): void {
  const skip = op.startsWith('&&') ? `!${left}` : op.startsWith('||') ? left : `${left} != null`
  ctx.emitter.emit(`if (${skip}) { ${ctx.k}.state = `, after, '; continue $sm; }')
}

/** `x ??= f()`: f runs, and x is written, only when `x ?? …` would evaluate its right side. */
function logicalAssignment(ctx: FnContext, node: ts.BinaryExpression): string {
  const target = targetOf(ctx, node.left)
  const result = ctx.valueSlot(node)
  const after = new Label()
  ctx.emitter.emit(`${result} = ${target};`)
  shortCircuit(ctx, node.operatorToken.getText(ctx.sf), result, after)
  ctx.emitter.emit(`${result} = ${target} = ${explode(ctx, node.right)};`)
  ctx.emitter.mark(after, ctx.lineOf(node))
  return result
}

function conditional(ctx: FnContext, node: ts.ConditionalExpression): string {
  const result = ctx.newSlot()
  const otherwise = new Label()
  const after = new Label()
  ctx.emitter.emit(`if (!(${explode(ctx, node.condition)})) { ${ctx.k}.state = `, otherwise, '; continue $sm; }')
  ctx.emitter.emit(`${result} = ${explode(ctx, node.whenTrue)};`)
  ctx.emitter.jump(after)
  ctx.emitter.mark(otherwise, ctx.lineOf(node.whenFalse))
  ctx.emitter.emit(`${result} = ${explode(ctx, node.whenFalse)};`)
  ctx.emitter.mark(after, ctx.lineOf(node))
  return result
}

/** `x = f()`, `o.p = f()`, `[a, b] = f()`: the target's object and key are evaluated first. */
function assignment(ctx: FnContext, node: ts.BinaryExpression): string {
  const left = node.left
  if (ts.isIdentifier(left)) {
    const value = explode(ctx, node.right)
    const target = plain(ctx, left)
    ctx.emitter.emit(`${target} = ${value};`)
    return target
  }
  if (isPattern(left) && ctx.hasBoundary(left)) {
    const value = explodeToTemp(ctx, node.right)
    assignPattern(ctx, left, value)
    return value
  }
  const target = targetOf(ctx, left)
  const value = explodeToTemp(ctx, node.right)
  // In parentheses, an object pattern is not read as a block.
  ctx.emitter.emit(`(${target} = ${value});`)
  return value
}

/** `x += f()`: the target's old value is read before f runs. `ignoreResult`: a statement, whose value nothing reads. */
function compoundAssignment(ctx: FnContext, node: ts.BinaryExpression, ignoreResult: boolean): string {
  const op = node.operatorToken.getText(ctx.sf).slice(0, -1)
  if (op === '&&' || op === '||' || op === '??') return logicalAssignment(ctx, node)
  const target = targetOf(ctx, node.left)
  const old = readableAfter(ctx, node) ? target : ctx.valueSlot(node)
  if (old !== target) ctx.emitter.emit(`${old} = ${target};`)
  const write = `${target} = ${old} ${op} ${explode(ctx, node.right)}`
  if (ignoreResult) {
    ctx.emitter.emit(`${write};`)
    return ''
  }
  // The assignment's value is what it wrote: the target (a getter, perhaps) is not read again.
  const result = ctx.newSlot()
  ctx.emitter.emit(`${result} = ${write};`)
  return result
}

/**
 * `x += f()` reads x before f runs. Nothing can write x meanwhile when it is a local of this
 * function in a field of its own (not a cell that a closure shares) and the right side does not
 * assign it (modules are strict: no `arguments` element aliases a parameter; a `const` never
 * changes, and writing it throws after f all the same). Then reading x after f gives the same
 * value, and no temporary holds it across the boundary. x stays in the continuation across the
 * call either way: live-ranges.ts counts the whole assignment and one past it as its use, so the
 * temporary that takes f's result never shares x's slot.
 */
function readableAfter(ctx: FnContext, node: ts.BinaryExpression): boolean {
  const left = node.left
  if (!ts.isIdentifier(left)) return false
  const symbol = ctx.checker.getSymbolAtLocation(left)
  const field = symbol && ctx.layout.locals.get(symbol)
  if (field === undefined || ctx.layout.cells.has(field)) return false
  const right = node.right
  return !(ctx.writes.get(symbol!) ?? []).some((w) => w.pos >= right.pos && w.end <= right.end)
}

/** An assignment target whose object and key are saved (they are evaluated, boundaries included, before the value). */
export function targetOf(ctx: FnContext, left: ts.Expression): string {
  if (ts.isIdentifier(left)) return plain(ctx, left)
  if (ts.isPropertyAccessExpression(left) && !left.questionDotToken) return `${explodeToTemp(ctx, left.expression)}.${left.name.text}`
  if (ts.isElementAccessExpression(left) && !left.questionDotToken) {
    return `${explodeToTemp(ctx, left.expression)}[${explodeToTemp(ctx, left.argumentExpression)}]`
  }
  if ((ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) && !ctx.hasBoundary(left)) return plain(ctx, left)
  throw unsupported(ctx, left)
}

/** `{ [k()]: v(), ...o }`: computed keys and values in order, those before the last boundary saved. */
function objectLiteral(ctx: FnContext, node: ts.ObjectLiteralExpression): string {
  const parts: ts.Expression[] = []
  for (const p of node.properties) {
    if (ts.isPropertyAssignment(p)) parts.push(...(ts.isComputedPropertyName(p.name) ? [p.name.expression] : []), p.initializer)
    else if (ts.isSpreadAssignment(p)) parts.push(p.expression)
    else if (ts.isShorthandPropertyAssignment(p)) parts.push(p.name)
    else throw unsupported(ctx, p)
  }
  const printed = explodeList(ctx, parts)
  let next = 0
  const props = node.properties.map((p) => {
    if (ts.isSpreadAssignment(p)) return `...${printed[next++]!}`
    // A shorthand `__proto__` is an own property: written as `__proto__: v` it would set the prototype.
    if (ts.isShorthandPropertyAssignment(p)) return `${p.name.text === '__proto__' ? '["__proto__"]' : p.name.text}: ${printed[next++]!}`
    const key = ts.isComputedPropertyName(p.name!) ? `[${printed[next++]!}]` : p.name!.getText(ctx.sf)
    return `${key}: ${printed[next++]!}`
  })
  return `({ ${props.join(', ')} })`
}

/** `delete o[f()]`: the object and the key are evaluated (and saved) first, then the property deleted. */
function deleteExpression(ctx: FnContext, node: ts.DeleteExpression): string {
  const target = skipOuter(node.expression)
  if (isSuperAccess(target)) return superDelete(superKey(target, (e) => explodeToTemp(ctx, e)))
  if (ts.isPropertyAccessExpression(target) && !target.questionDotToken) return `delete ${explodeToTemp(ctx, target.expression)}.${target.name.text}`
  if (ts.isElementAccessExpression(target) && !target.questionDotToken) {
    const [object, key] = explodeList(ctx, [target.expression, target.argumentExpression])
    return `delete ${object!}[${key!}]`
  }
  // `delete f()` deletes nothing: the operand is evaluated and the result is true.
  return `(${explode(ctx, node.expression)}, true)`
}

/**
 * ``tag`a${f()}b` ``: the tag (and its `this`) is evaluated first, then the substitutions; the
 * strings array is made by a tagged template of the same text at one place in the generated
 * code, so that, as JavaScript requires, each evaluation gets the same array.
 */
function taggedTemplate(ctx: FnContext, node: ts.TaggedTemplateExpression, ignoreResult: boolean): string {
  const { fn, self } = calleeOf(ctx, node.tag)
  const spans = ts.isTemplateExpression(node.template) ? node.template.templateSpans : []
  const values = explodeList(
    ctx,
    spans.map((s) => s.expression),
  )
  const raw = (n: ts.TemplateLiteralLikeNode): string => n.rawText ?? ''
  const text = ts.isTemplateExpression(node.template) ? `${raw(node.template.head)}${spans.map((s) => `\${0}${raw(s.literal)}`).join('')}` : raw(node.template)
  const strings = `((s) => s)\`${text}\``
  const boundary = ctx.boundary(node)
  if (!boundary) return invoke(fn, self, [strings, ...values])
  ctx.emitter.source(sourceOf(node, ctx.sf))
  return emitTagBoundary(ctx, node, boundary, { fn, self, args: [strings, ...values], spread: false }, ignoreResult)
}

function template(ctx: FnContext, node: ts.TemplateExpression): string {
  const values = explodeList(
    ctx,
    node.templateSpans.map((s) => s.expression),
  )
  const raw = (n: ts.TemplateLiteralLikeNode): string => n.rawText ?? ''
  return `\`${raw(node.head)}${node.templateSpans.map((s, i) => `\${${values[i]!}}${raw(s.literal)}`).join('')}\``
}

function isComma(node: ts.Node): boolean {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.CommaToken
}

function isIncrement(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken
}
