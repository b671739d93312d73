// Printing code that holds no state boundary: its source text with locals read from the
// continuation (`x` → `k.f$x`), declarations turned into assignments, closures wrapped
// (captures.ts), and return/break/continue that leave it lowered to jumps of the state machine.
// Types stay in the text: the module is type-erased as a whole at the end (module.ts).

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { freshCellStatements, freshCells, lexicalHeadName, loopHeadTdz, perIterationCopies, scopeEntry } from './bindings.js'
import { asValue, callOf } from './called.js'
import { wrapClosure } from './captures.js'
import type { FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { checkImplicitMultistateCall, isArgumentsReference } from './functions.js'
import { skipOuter } from '../outer.js'
import { anonymousDefinition, namingOf } from './named-evaluation.js'
import { findLeap, leapParts, returnParts } from './leap.js'
import { sourceAt, sourceOf } from './holes.js'
import { checkSuper, isSuperAccess, superCall, superDelete, superGet, superKey, type SuperAccess } from './super.js'

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

/** Printed after a source hole saying where it comes from (holes.ts): for code placed otherwise than written. */
function printFrom(ctx: FnContext, node: ts.Node, local: LocalTargets): string {
  return sourceOf(node, ctx.sf) + print(ctx, node, local)
}

function print(ctx: FnContext, node: ts.Node, local: LocalTargets): string {
  if (ts.isTypeNode(node) || ts.isTypeParameterDeclaration(node)) return node.getText(ctx.sf)
  if (ts.isIdentifier(node)) return identifier(ctx, node)
  if (ts.isShorthandPropertyAssignment(node)) return shorthand(ctx, node, local)
  if (ts.isVariableStatement(node)) return `${declarations(ctx, node.declarationList, local, '; ')};`
  if (ts.isVariableDeclarationList(node)) return declarations(ctx, node, local, ', ')
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node) || hasMethods(node))
    return wrapClosure(ctx, node, lostName(ctx, node))
  // Made when its block is entered (bindings.ts).
  if (ts.isFunctionDeclaration(node)) return ''
  if (ts.isClassDeclaration(node)) return `${target(ctx, node.name!, local)} = ${wrapClosure(ctx, node)};`
  if (ts.isBlock(node)) return withEntry(ctx, node, generic(ctx, node, local))
  if (ts.isSwitchStatement(node)) return `{ ${scopeEntry(ctx, node.caseBlock)} ${generic(ctx, node, inner(node, local))} }`
  if (ts.isForStatement(node) && perIterationCopies(ctx, node).length > 0) return forWithCells(ctx, node, inner(node, local))
  if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && headCells(ctx, node) !== '') return forInOfWithCells(ctx, node, inner(node, local))
  checkImplicitMultistateCall(node, ctx.checker, ctx.scope.functions)
  if (node.kind === ts.SyntaxKind.ThisKeyword) return ctx.variable(ctx.layout.thisField!)
  if (ts.isCallExpression(node) && isSuperAccess(node.expression)) {
    const self = ctx.variable(ctx.layout.thisField!)
    return superCall(
      superKeyOf(ctx, node.expression, local),
      self,
      node.arguments.map((a) => print(ctx, a, local)),
    )
  }
  if (ts.isDeleteExpression(node) && isSuperAccess(skipOuter(node.expression))) {
    return superDelete(superKey(skipOuter(node.expression) as SuperAccess, (e) => print(ctx, e, local)))
  }
  if (isSuperAccess(node)) return superGet(superKeyOf(ctx, node, local), ctx.variable(ctx.layout.thisField!))
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

/**
 * The name JavaScript gives an anonymous function or class bound to a local (named-evaluation.ts):
 * the binding is now a field or a cell, which gives none.
 */
function lostName(ctx: FnContext, node: ts.Node): string | undefined {
  const naming = anonymousDefinition(node) === node ? namingOf(node) : undefined
  if (!naming) return undefined
  const { target } = naming
  const symbol = ts.isShorthandPropertyAssignment(target)
    ? ctx.checker.getShorthandAssignmentValueSymbol(target)
    : ts.isIdentifier(target)
      ? ctx.checker.getSymbolAtLocation(target)
      : undefined
  return symbol && (ctx.valueOf(symbol) !== undefined || ctx.scope.cells.has(symbol)) ? naming.name : undefined
}

/** A block's text with the bindings made on its entry (bindings.ts) after its `{`. */
function withEntry(ctx: FnContext, block: ts.Block, text: string): string {
  const entry = scopeEntry(ctx, block)
  return entry === '' ? text : `{ ${entry}${text.slice(1)}`
}

/** The cells a for…of or for…in head makes per iteration (its `let` or `const` names'). */
function headCells(ctx: FnContext, node: ts.ForOfStatement | ts.ForInStatement): string {
  const name = lexicalHeadName(node.initializer)
  return name ? freshCellStatements(ctx, name) : ''
}

/** `for (const x of xs)` with x a cell: each iteration makes a cell, then binds the value. */
function forInOfWithCells(ctx: FnContext, node: ts.ForOfStatement | ts.ForInStatement, local: LocalTargets): string {
  const name = (node.initializer as ts.VariableDeclarationList).declarations[0]!.name
  const of = ts.isForOfStatement(node) ? 'of' : 'in'
  const source = [...loopHeadTdz(ctx, node), printFrom(ctx, node.expression, local)]
  const head = `${node.getChildAt(0, ctx.sf).getText(ctx.sf)} (const vt$value ${of} ${source.length > 1 ? `(${source.join(', ')})` : source[0]})`
  return `${head} { ${headCells(ctx, node)}${assignTo(ctx, name, 'vt$value', local)}; ${printFrom(ctx, node.statement, local)} }`
}

/** `for (let i = 0; …; i++)` with i a cell: a copy per iteration, before the update (bindings.ts). */
function forWithCells(ctx: FnContext, node: ts.ForStatement, local: LocalTargets): string {
  const init = node.initializer as ts.VariableDeclarationList
  const copies = perIterationCopies(ctx, node)
  const first = [...init.declarations.flatMap((d) => freshCells(ctx, d.name)), declarations(ctx, init, local, ', '), ...copies].join(', ')
  const update = [...copies, ...(node.incrementor ? [printFrom(ctx, node.incrementor, local)] : [])].join(', ')
  const condition = node.condition ? printFrom(ctx, node.condition, local) : ''
  return `for (${first}; ${condition}; ${update}) ${printFrom(ctx, node.statement, local)}`
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
  return `catch (vt$e) { ${freshCellStatements(ctx, name)}${assignTo(ctx, name, 'vt$e', local)}; ${printFrom(ctx, node.block, local)} }`
}

/** The node's text with every child printed. */
export function generic(ctx: FnContext, node: ts.Node, local: LocalTargets = NONE): string {
  const text = ctx.sf.text
  let out = ''
  let pos = node.getStart(ctx.sf)
  ts.forEachChild(node, (child) => {
    const start = child.getStart(ctx.sf)
    const printed = print(ctx, child, local)
    // Printed otherwise than written: the source map takes the copy up again after it (holes.ts).
    const same = printed === text.slice(start, child.getEnd())
    out += text.slice(pos, start) + (same ? printed : sourceAt(start) + printed + sourceAt(resumesAt(ctx, child)))
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
  // An arrow's `arguments` is its creator's, bound as vt$arguments where the arrow is made (nested.ts).
  if (isArgumentsReference(id)) return ctx.layout.argumentsField ? ctx.variable(ctx.layout.argumentsField) : 'vt$arguments'
  if (isInnerClassName(ctx, id)) return id.text
  // A shorthand property's name is also the variable it reads (`{ x }` read as a value of its own).
  const value = ts.isShorthandPropertyAssignment(id.parent) ? shorthandVariable(ctx, id.parent) : ctx.fieldOf(id)
  if (value && ctx.constWrites.has(id)) return constWrite(value)
  if (value) return asValue(id, value)
  // A local of an enclosing multistate function kept in a cell: this function's closure holds the cell.
  const symbol = ctx.checker.getSymbolAtLocation(id)
  if (symbol && ctx.scope.cells.has(symbol)) return asValue(id, `${id.text}.v`)
  if (id.text.startsWith('vt$') && isOuterVariable(ctx, id)) {
    throw new Unsupported(
      Codes.unsupportedConstruct,
      id,
      `'${id.text}' in multistate function ${ctx.layout.name} names a variable of an outer scope, which the generated code shadows: rename it`,
    )
  }
  return id.text
}

/**
 * Where the text after a child printed otherwise than written comes from: after it — but a
 * called variable is printed `(0, k.f$x)` (asValue), and a stack trace points at the arguments
 * that follow, which should name the call, as they would for `x(…)`.
 */
function resumesAt(ctx: FnContext, child: ts.Node): number {
  const call = ts.isIdentifier(child) ? callOf(child) : undefined
  return call ? call.getStart(ctx.sf) : child.getEnd()
}

/**
 * Inside `class C { … }` (its heritage too), `C` is the class's own immutable binding, which the
 * printed class keeps — not the variable or cell the class is stored in, which code can change.
 */
function isInnerClassName(ctx: FnContext, id: ts.Identifier): boolean {
  const decl = ctx.checker.getSymbolAtLocation(id)?.valueDeclaration
  return decl !== undefined && ts.isClassLike(decl) && decl.name !== undefined && decl.name !== id && id.pos >= decl.pos && id.end <= decl.end
}

/**
 * An assignment to a `const` throws a TypeError after evaluating its value, as JavaScript's does:
 * the target is a reference whose setter throws (its getter reads the value, for `x++`).
 */
function constWrite(value: string): string {
  return `({ get v() { return ${value}; }, set v(_) { throw new TypeError('Assignment to constant variable.'); } }).v`
}

/** `id` is a variable declared outside the function (not a property name, not a local). */
function isOuterVariable(ctx: FnContext, id: ts.Identifier): boolean {
  const symbol = ctx.checker.getSymbolAtLocation(id)
  const VALUE = ts.SymbolFlags.Variable | ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Enum | ts.SymbolFlags.Alias
  if (!symbol || (symbol.flags & VALUE) === 0) return false
  return !(symbol.declarations ?? []).some((d) => d.pos >= ctx.fn.pos && d.end <= ctx.fn.end)
}

/**
 * `{ x }` (or `{ x = d }` in a destructuring assignment) reading a field or a cell: `x: k.f$x`.
 * A shorthand `__proto__` is an own property, where `__proto__: v` would set the prototype.
 */
function shorthand(ctx: FnContext, node: ts.ShorthandPropertyAssignment, local: LocalTargets): string {
  const name = node.name.text
  const value = isArgumentsReference(node.name) ? identifier(ctx, node.name) : shorthandValue(ctx, node)
  if (value === name && !node.objectAssignmentInitializer) return name
  const key = name === '__proto__' ? '["__proto__"]' : name
  const init = node.objectAssignmentInitializer ? ` = ${printFrom(ctx, node.objectAssignmentInitializer, local)}` : ''
  return `${key}: ${value}${init}`
}

function shorthandValue(ctx: FnContext, node: ts.ShorthandPropertyAssignment): string {
  const value = shorthandVariable(ctx, node)
  if (value) return ctx.constWrites.has(node) ? constWrite(value) : value
  const symbol = ctx.checker.getShorthandAssignmentValueSymbol(node)
  return symbol && ctx.scope.cells.has(symbol) ? `${node.name.text}.v` : node.name.text
}

function shorthandVariable(ctx: FnContext, node: ts.ShorthandPropertyAssignment): string | undefined {
  return ctx.valueOf(ctx.checker.getShorthandAssignmentValueSymbol(node))
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

/** Where a declaration writes its name's value: a cell in the temporal dead zone is initialised (runtime TdzCell). */
function declared(ctx: FnContext, name: ts.Identifier): string {
  const symbol = ctx.checker.getSymbolAtLocation(name)
  const field = symbol && ctx.layout.locals.get(symbol)
  return field && ctx.layout.tdz.has(field) ? `${ctx.variable(field)}.init` : ctx.fieldOf(name)!
}

/** Assign `value` to a binding name: a field, or a destructuring assignment into fields. */
export function assignTo(ctx: FnContext, name: ts.BindingName, value: string, local: LocalTargets = NONE): string {
  return ts.isIdentifier(name) ? `${target(ctx, name, local)} = ${value}` : `(${target(ctx, name, local)} = ${value})`
}

/** A binding name as an assignment target: `x` → `k.f$x`, `{ a, b: [c] }` → `{ a: k.f$a, b: [k.f$c] }`. */
export function target(ctx: FnContext, name: ts.BindingName, local: LocalTargets = NONE): string {
  if (ts.isIdentifier(name)) return `${sourceOf(name, ctx.sf)}${declared(ctx, name)}`
  const element = (e: ts.ArrayBindingElement): string => {
    if (ts.isOmittedExpression(e)) return ''
    const rest = e.dotDotDotToken ? '...' : ''
    const key = ts.isObjectBindingPattern(name) ? `${e.propertyName ? print(ctx, e.propertyName, local) : (e.name as ts.Identifier).text}: ` : ''
    if (e.initializer && ctx.hasBoundary(e.initializer)) {
      throw new Unsupported(
        Codes.unsupportedConstruct,
        e.initializer,
        `a state boundary in a destructuring default in multistate function ${ctx.layout.name} is not supported here yet (only in declarations and for…of heads): destructure first, then test for undefined`,
      )
    }
    const init = e.initializer ? ` = ${printFrom(ctx, e.initializer, local)}` : ''
    return rest ? `...${target(ctx, e.name, local)}` : `${key}${target(ctx, e.name, local)}${init}`
  }
  const elements = (name.elements as ts.NodeArray<ts.ArrayBindingElement>).map(element).join(', ')
  return ts.isObjectBindingPattern(name) ? `{ ${elements} }` : `[${elements}]`
}
