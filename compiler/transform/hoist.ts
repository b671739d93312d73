// The variables of a multistate function and their continuation fields. A first version: every
// parameter and local is a field of the thread's continuation (`f$x`), none stays a JS local
// (principle 1 is not applied yet; docs/transform.md). Fields are named per function so that the
// code of a function is shared by every thread class that contains it.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'
import { usesOwn, type MultistateNode } from './functions.js'

export interface Param {
  field: string
  /** `...rest`: the caller packs the remaining arguments into an array. */
  rest: boolean
  initializer: ts.Expression | undefined
}

export interface Layout {
  /** A module-unique identifier: the name of its stub (`f`), state machine (`f$sm`), class (`f$K`). */
  name: string
  /** The prefix of its fields (`f$m1x2$…`): unique across modules, since continuation-passing calls merge functions of several modules into one continuation. */
  prefix: string
  params: Param[]
  /** Every field of this function (parameters first), in declaration order. */
  fields: string[]
  /** The field of each parameter and local variable symbol. */
  locals: Map<ts.Symbol, string>
  /** Symbols declared with `var` (function-scoped: a closure cannot capture them by value). */
  varSymbols: Set<ts.Symbol>
  /** The field holding the function's `this` (set when its thread starts), if its body uses it. */
  thisField: string | undefined
  /** The field holding the call's arguments array, if its body uses `arguments`. */
  argumentsField: string | undefined
}

/** `name`: an identifier unique in the module; `tag`: the module's (moduleTag). */
export function layoutOf(fn: MultistateNode, name: string, tag: string, checker: ts.TypeChecker): Layout {
  const prefix = `${name}$${tag}`
  const layout: Layout = { name, prefix, params: [], fields: [], locals: new Map(), varSymbols: new Set(), thisField: undefined, argumentsField: undefined }
  const taken = new Set<string>()
  const add = (id: ts.Identifier | string): string => {
    const base = `${prefix}$${typeof id === 'string' ? id : id.text}`
    let field = base
    for (let n = 2; taken.has(field); n++) field = `${base}$${n}`
    taken.add(field)
    layout.fields.push(field)
    const symbol = typeof id === 'string' ? undefined : checker.getSymbolAtLocation(id)
    if (symbol) layout.locals.set(symbol, field)
    return field
  }
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name)) throw new Unsupported(Codes.unsupportedFunction, p, 'a destructured parameter of a multistate function is not supported yet: destructure in the body')
    if (p.name.text === 'this') continue
    layout.params.push({ field: add(p.name), rest: p.dotDotDotToken !== undefined, initializer: p.initializer })
  }
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
    // Catch clause parameters are VariableDeclarations too (not in a list: block-scoped).
    if (ts.isVariableDeclaration(node)) {
      const isVar = ts.isVariableDeclarationList(node.parent) && (node.parent.flags & ts.NodeFlags.BlockScoped) === 0
      for (const id of bindingNames(node.name)) {
        add(id)
        const symbol = checker.getSymbolAtLocation(id)
        if (isVar && symbol) layout.varSymbols.add(symbol)
      }
    }
    ts.forEachChild(node, visit)
  }
  if (fn.body) {
    if (usesOwn(fn.body, 'this')) layout.thisField = add('this')
    // An arrow's `arguments` is its creator's: not captured (diagnosed in plain.ts).
    if (!ts.isArrowFunction(fn) && usesOwn(fn.body, 'arguments')) layout.argumentsField = add('arguments')
    ts.forEachChild(fn.body, visit)
  }
  return layout
}

export function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name]
  const out: ts.Identifier[] = []
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) out.push(...bindingNames(element.name))
  return out
}

/** A short tag for a module (FNV-1a of its file name): stable, so modules transformed at different times agree. */
export function moduleTag(file: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193)
  return `m${(h >>> 0).toString(36).slice(0, 4)}`
}
