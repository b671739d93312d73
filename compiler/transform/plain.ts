// Printing code that holds no state boundary: its source text with locals read from the
// continuation (`x` → `k.f$x`), declarations turned into assignments, closures wrapped
// (captures.ts), and return/break/continue that leave it lowered to jumps of the state machine.
// Types stay in the text: the module is type-erased as a whole at the end (module.ts).

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { wrapClosure } from './captures.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { isArgumentsReference } from './functions.js'
import { findLeap, leapParts, returnParts } from './leap.js'
import { sourceAt, sourceOf } from './markers.js'
import { checkSuper, isSuperAccess, superCall, superGet, superKey, type SuperAccess } from './super.js'

/** Jump targets inside the printed code itself: a break or continue to them stays as it is. */
interface LocalTargets {
  loops: number
  breakables: number
  labels: readonly string[]
}

const NONE: LocalTargets = { loops: 0, breakables: 0, labels: [] }

export function plain(ctx: FnContext, node: ts.Node): string {
  return printFrom(ctx, node, NONE)
}

/** Printed with a marker of where it comes from (markers.ts): for code placed otherwise than written. */
function printFrom(ctx: FnContext, node: ts.Node, local: LocalTargets): string {
  return sourceOf(node, ctx.sf) + print(ctx, node, local)
}

function print(ctx: FnContext, node: ts.Node, local: LocalTargets): string {
  if (ts.isTypeNode(node) || ts.isTypeParameterDeclaration(node)) return node.getText(ctx.sf)
  if (ts.isIdentifier(node)) return identifier(ctx, node)
  if (ts.isShorthandPropertyAssignment(node)) return shorthand(ctx, node)
  if (ts.isVariableStatement(node)) return `${declarations(ctx, node.declarationList, local, '; ')};`
  if (ts.isVariableDeclarationList(node)) return declarations(ctx, node, local, ', ')
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node) || hasMethods(node)) return wrapClosure(ctx, node)
  if (ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) {
    throw new Unsupported(Codes.unsupportedConstruct, node, `a ${ts.isClassDeclaration(node) ? 'class' : 'function'} declaration inside multistate function ${ctx.layout.name} is not supported yet: move it to module level`)
  }
  if (node.kind === ts.SyntaxKind.ThisKeyword) return `k.${ctx.layout.thisField!}`
  if (ts.isCallExpression(node) && isSuperAccess(node.expression)) {
    const self = `k.${ctx.layout.thisField!}`
    return superCall(superKeyOf(ctx, node.expression, local), self, node.arguments.map((a) => print(ctx, a, local)))
  }
  if (isSuperAccess(node)) return superGet(superKeyOf(ctx, node, local), `k.${ctx.layout.thisField!}`)
  if (node.kind === ts.SyntaxKind.SuperKeyword) {
    throw new Unsupported(Codes.unsupportedConstruct, node, `'super' in multistate function ${ctx.layout.name} is not supported yet`)
  }
  if (ts.isReturnStatement(node)) {
    const value = node.expression ? printFrom(ctx, node.expression, local) : 'undefined'
    return `{ ${ctx.emitter.inline(returnParts(ctx, value))} }`
  }
  if (ts.isBreakStatement(node) || ts.isContinueStatement(node)) return jump(ctx, node, local)
  if (ts.isCatchClause(node)) return catchClause(ctx, node, local)
  return generic(ctx, node, inner(node, local))
}

function superKeyOf(ctx: FnContext, node: SuperAccess, local: LocalTargets): string {
  checkSuper(ctx.scope, node)
  return superKey(node, (e) => print(ctx, e, local))
}

/**
 * `catch (e) { … }` → `catch (vt$e) { k.f$e = vt$e; … }`: a catch binding that is a field is not
 * a name the clause can declare.
 */
function catchClause(ctx: FnContext, node: ts.CatchClause, local: LocalTargets): string {
  const name = node.variableDeclaration?.name
  if (!name || (ts.isIdentifier(name) && !ctx.fieldOf(name))) return generic(ctx, node, local)
  return `catch (vt$e) { ${assignTo(ctx, name, 'vt$e', local)}; ${printFrom(ctx, node.block, local)} }`
}

/** The node's text with every child printed. */
export function generic(ctx: FnContext, node: ts.Node, local: LocalTargets = NONE): string {
  const text = ctx.sf.text
  let out = ''
  let pos = node.getStart(ctx.sf)
  ts.forEachChild(node, (child) => {
    const start = child.getStart(ctx.sf)
    const printed = print(ctx, child, local)
    // Printed otherwise than written: the source map takes the copy up again after it (markers.ts).
    const same = printed === text.slice(start, child.getEnd())
    out += text.slice(pos, start) + (same ? printed : sourceAt(start) + printed + sourceAt(child.getEnd()))
    pos = child.getEnd()
  })
  return out + text.slice(pos, node.getEnd())
}

function inner(node: ts.Node, local: LocalTargets): LocalTargets {
  if (ts.isIterationStatement(node, false)) return { loops: local.loops + 1, breakables: local.breakables + 1, labels: local.labels }
  if (ts.isSwitchStatement(node)) return { ...local, breakables: local.breakables + 1 }
  if (ts.isLabeledStatement(node)) return { ...local, labels: [...local.labels, node.label.text] }
  return local
}

/** An object literal with methods or accessors: they close over the locals like an arrow does. */
function hasMethods(node: ts.Node): node is ts.ObjectLiteralExpression {
  return ts.isObjectLiteralExpression(node) && node.properties.some((p) => ts.isMethodDeclaration(p) || ts.isAccessor(p))
}

function identifier(ctx: FnContext, id: ts.Identifier): string {
  if (isArgumentsReference(id)) {
    if (ctx.layout.argumentsField) return `k.${ctx.layout.argumentsField}`
    throw new Unsupported(Codes.unsupportedConstruct, id, `'arguments' in multistate arrow ${ctx.layout.name} (its creator's arguments) is not supported: use a rest parameter`)
  }
  // A shorthand property's name is also the variable it reads (`{ x }` read as a value of its own).
  const field = ts.isShorthandPropertyAssignment(id.parent) ? shorthandField(ctx, id.parent) : ctx.fieldOf(id)
  if (field) return `k.${field}`
  if ((id.text === 'k' || id.text.startsWith('vt$')) && isOuterVariable(ctx, id)) {
    throw new Unsupported(Codes.unsupportedConstruct, id, `'${id.text}' in multistate function ${ctx.layout.name} names a variable of an outer scope, which the generated code shadows: rename it`)
  }
  return id.text
}

/** `id` is a variable declared outside the function (not a property name, not a local). */
function isOuterVariable(ctx: FnContext, id: ts.Identifier): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(id)
  const VALUE = ts.SymbolFlags.Variable | ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.Alias
  if (!symbol || (symbol.flags & VALUE) === 0) return false
  return !(symbol.declarations ?? []).some((d) => d.pos >= ctx.fn.pos && d.end <= ctx.fn.end)
}

function shorthand(ctx: FnContext, node: ts.ShorthandPropertyAssignment): string {
  if (node.objectAssignmentInitializer) {
    throw new Unsupported(Codes.unsupportedConstruct, node, 'a default in a destructuring assignment inside a multistate function is not supported yet')
  }
  if (isArgumentsReference(node.name)) return `arguments: ${identifier(ctx, node.name)}`
  const field = shorthandField(ctx, node)
  return field ? `${node.name.text}: k.${field}` : node.name.text
}

function shorthandField(ctx: FnContext, node: ts.ShorthandPropertyAssignment): string | undefined {
  const symbol = ctx.checker.getShorthandAssignmentValueSymbol(node)
  return symbol && ctx.layout.locals.get(symbol)
}

function jump(ctx: FnContext, node: ts.BreakStatement | ts.ContinueStatement, local: LocalTargets): string {
  const label = node.label?.text
  const isContinue = ts.isContinueStatement(node)
  const isLocal = label !== undefined ? local.labels.includes(label) : isContinue ? local.loops > 0 : local.breakables > 0
  if (isLocal) return node.getText(ctx.sf)
  const leap = findLeap(ctx, isContinue, label)
  if (!leap) throw new Error(`vtify internal error: no target for '${node.getText(ctx.sf)}'`)
  return `{ ${ctx.emitter.inline(leapParts(ctx, leap))} }`
}

/**
 * `let a = 1, { b } = o` → `k.f$a = 1; ({ b: k.f$b } = o)`. A `let` without initialiser is reset
 * to undefined (it may be in a loop); a `var` without one keeps its value, as in JS.
 */
function declarations(ctx: FnContext, list: ts.VariableDeclarationList, local: LocalTargets, separator: string): string {
  const blockScoped = (list.flags & ts.NodeFlags.BlockScoped) !== 0
  const parts: string[] = []
  for (const d of list.declarations) {
    if (d.initializer) parts.push(assignTo(ctx, d.name, printFrom(ctx, d.initializer, local), local))
    else if (isForInOrOfHead(list)) parts.push(target(ctx, d.name, local))
    else if (blockScoped) parts.push(assignTo(ctx, d.name, 'undefined', local))
  }
  return parts.length === 0 ? (separator === ', ' ? 'void 0' : '') : parts.join(separator)
}

function isForInOrOfHead(list: ts.VariableDeclarationList): boolean {
  return ts.isForOfStatement(list.parent) || ts.isForInStatement(list.parent)
}

/** Assign `value` to a binding name: a field, or a destructuring assignment into fields. */
export function assignTo(ctx: FnContext, name: ts.BindingName, value: string, local: LocalTargets = NONE): string {
  return ts.isIdentifier(name) ? `${target(ctx, name, local)} = ${value}` : `(${target(ctx, name, local)} = ${value})`
}

/** A binding name as an assignment target: `x` → `k.f$x`, `{ a, b: [c] }` → `{ a: k.f$a, b: [k.f$c] }`. */
export function target(ctx: FnContext, name: ts.BindingName, local: LocalTargets = NONE): string {
  if (ts.isIdentifier(name)) return `${sourceOf(name, ctx.sf)}k.${ctx.fieldOf(name)!}`
  const element = (e: ts.ArrayBindingElement): string => {
    if (ts.isOmittedExpression(e)) return ''
    const rest = e.dotDotDotToken ? '...' : ''
    const key = ts.isObjectBindingPattern(name) ? `${e.propertyName ? print(ctx, e.propertyName, local) : (e.name as ts.Identifier).text}: ` : ''
    if (e.initializer && ctx.hasBoundary(e.initializer)) {
      throw new Unsupported(Codes.unsupportedConstruct, e.initializer, `a state boundary in a destructuring default in multistate function ${ctx.layout.name} is not supported here yet (only in declarations and for…of heads): destructure first, then test for undefined`)
    }
    const init = e.initializer ? ` = ${printFrom(ctx, e.initializer, local)}` : ''
    return rest ? `...${target(ctx, e.name, local)}` : `${key}${target(ctx, e.name, local)}${init}`
  }
  const elements = (name.elements as ts.NodeArray<ts.ArrayBindingElement>).map(element).join(', ')
  return ts.isObjectBindingPattern(name) ? `{ ${elements} }` : `[${elements}]`
}
