// The variables of a multistate function and their continuation fields. A first version: every
// parameter and local is a field of the thread's continuation (`f$x`), none stays a JS local
// (principle 1 is not applied yet; docs/transform.md). Fields are named per function so that the
// code of a function is shared by every thread class that contains it.

import ts from 'typescript'
import { Codes } from '../diagnostics/codes.js'
import { Unsupported } from './diagnostic.js'

export interface Param {
  field: string
  /** `...rest`: the caller packs the remaining arguments into an array. */
  rest: boolean
  initializer: ts.Expression | undefined
}

export interface Layout {
  /** The function's source name; the prefix of its fields and the name of its stub. */
  name: string
  params: Param[]
  /** Every field of this function (parameters first), in declaration order. */
  fields: string[]
  /** The field of each parameter and local variable symbol. */
  locals: Map<ts.Symbol, string>
  /** Symbols declared with `var` (function-scoped: a closure cannot capture them by value). */
  varSymbols: Set<ts.Symbol>
}

export function layoutOf(fn: ts.FunctionDeclaration, checker: ts.TypeChecker): Layout {
  const name = fn.name!.text
  const layout: Layout = { name, params: [], fields: [], locals: new Map(), varSymbols: new Set() }
  const taken = new Set<string>()
  const add = (id: ts.Identifier): string => {
    const base = `${name}$${id.text}`
    let field = base
    for (let n = 2; taken.has(field); n++) field = `${base}$${n}`
    taken.add(field)
    layout.fields.push(field)
    const symbol = checker.getSymbolAtLocation(id)
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
  if (fn.body) ts.forEachChild(fn.body, visit)
  return layout
}

export function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name]
  const out: ts.Identifier[] = []
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) out.push(...bindingNames(element.name))
  return out
}
