// The variables of a multistate function: one continuation field name per parameter, local,
// `this`, `arguments` and temporary, with the interval of source in which it holds a value
// (live-ranges.ts). Whether a variable is stored in the continuation at all (principle 1) is
// decided with the function's state boundaries (machine.ts), which slot it takes (principle
// 2) with the whole module's (slots.ts). Names are per function, so that the code of a
// function serves every thread class that contains it.

import ts from '#typescript'
import { readsOwn, sourceParams, type MultistateNode } from './functions.js'
import { bindingScope, cellFields, declarationOf, tdzFields } from './cells.js'
import { liveRanges, wholeOf, type Interval, type LiveRange } from './live-ranges.js'
import { numberFields } from './number-fields.js'

export interface Param {
  field: string
  /** `...rest`: the caller packs the remaining arguments into an array. */
  rest: boolean
  initializer: ts.Expression | undefined
  /** A destructured parameter: the field holds the argument, destructured at entry into these locals. */
  pattern: ts.ObjectBindingPattern | ts.ArrayBindingPattern | undefined
}

export type VariableKind = 'parameter' | 'local' | 'this' | 'arguments' | 'temporary'

export interface Variable {
  field: string
  /** As written in the source (`#3` for the third temporary). */
  name: string
  kind: VariableKind
  /** Source offsets in which its storage is in use (from its declaration's write): slot sharing. */
  range: Interval
  /** Source offsets in which a value it holds may still be read: a boundary inside means it is stored. */
  live: Interval
  /**
   * A temporary passed to a boundary call (its callee, `this` or an argument): the offset that
   * call resumes at, after which it is never read. A temporary's live range is its whole statement,
   * which is sound for storing it but too coarse to say what a thread moving there must take.
   */
  consumedAt?: number
  /** A temporary holding the iterator record of this for…of or array pattern (an iterator cannot move between event loops). */
  iteratorOf?: ts.Node
  /**
   * A temporary holding the value of this expression, evaluated before a later part of its
   * statement (`f` and `s.write` in `f(s.write, g())`): a thread that moves in that part takes
   * the value along, and the expression's type says whether it can cross (follow-check.ts). For
   * `a && b`, `a ??= b`, `a += b`: the temporary that holds `a`'s value while `b` runs.
   */
  holds?: ts.Expression
}

export interface Layout {
  /** A module-unique identifier: the name of its stub (`f`), state machine (`f$sm`), class (`f$K`). */
  name: string
  /** The prefix of its fields (`f$m1x2$…`): unique across modules, since continuation-passing calls merge functions of several modules into one continuation. */
  prefix: string
  params: Param[]
  /** Every variable of this function (parameters first), in declaration order; temporaries are added as the machine is generated. */
  variables: Variable[]
  /** The field of each parameter and local variable symbol. */
  locals: Map<ts.Symbol, string>
  /** Symbols declared with `var` (function-scoped: a closure cannot capture them by value). */
  varSymbols: Set<ts.Symbol>
  /** An arrow: its `this` is its creator's. */
  arrow: boolean
  /** Fields that hold a cell shared with closures (cells.ts): the value is `k.<field>.v`. */
  cells: Set<string>
  /** Cells that throw until their declaration runs (a subset of cells): the declaration writes `k.<field>.init`. */
  tdz: Set<string>
  /** Fields that only ever hold numbers and are written before any read (number-fields.ts): their slots may start as 0. */
  numbers: Set<string>
  /** The field holding the function's `this` (set when its thread starts), if its body uses it. */
  thisField: string | undefined
  /** The field holding the call's arguments object, if its body uses `arguments`. */
  argumentsField: string | undefined
}

/** `name`: an identifier unique in the module; `tag`: the module's (moduleTag). */
export function layoutOf(fn: MultistateNode, name: string, tag: string, checker: ts.TypeChecker): Layout {
  const prefix = `${name}$${tag}`
  const layout: Layout = {
    name,
    prefix,
    arrow: ts.isArrowFunction(fn),
    params: [],
    variables: [],
    locals: new Map(),
    varSymbols: new Set(),
    cells: new Set(),
    tdz: new Set(),
    numbers: new Set(),
    thisField: undefined,
    argumentsField: undefined,
  }
  const whole = wholeOf(fn)
  const taken = new Set<string>()
  // `var x` and a `function x` of the function's body are one binding, though TypeScript may give them two symbols.
  const functionScoped = new Map<string, string>()
  const add = (text: string, kind: VariableKind, symbol?: ts.Symbol, scopedToFunction = false): string => {
    // One binding, one field: `var x` beside `function x` or a parameter x, `var x` twice.
    const existing = (symbol && layout.locals.get(symbol)) ?? (scopedToFunction ? functionScoped.get(text) : undefined)
    if (existing) {
      if (symbol) layout.locals.set(symbol, existing)
      return existing
    }
    const base = `${prefix}$${text}`
    let field = base
    for (let n = 2; taken.has(field); n++) field = `${base}$${n}`
    taken.add(field)
    if (scopedToFunction) functionScoped.set(text, field)
    layout.variables.push({ field, name: text, kind, range: whole, live: whole })
    if (symbol) layout.locals.set(symbol, field)
    return field
  }
  const addNames = (binding: ts.BindingName, scopedToFunction: boolean): void => {
    for (const id of bindingNames(binding)) add(id.text, 'local', checker.getSymbolAtLocation(id), scopedToFunction)
  }
  sourceParams(fn).forEach((p, i) => {
    const pattern = ts.isIdentifier(p.name) ? undefined : p.name
    const field = pattern ? add(`arg${i}`, 'parameter') : add((p.name as ts.Identifier).text, 'parameter', checker.getSymbolAtLocation(p.name), true)
    if (pattern) addNames(pattern, true)
    layout.params.push({ field, rest: p.dotDotDotToken !== undefined, initializer: p.initializer, pattern })
  })
  const visit = (node: ts.Node): void => {
    // A nested function or class declaration binds its name in the function: a local.
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
      add(node.name.text, 'local', checker.getSymbolAtLocation(node.name), ts.isFunctionDeclaration(node) && node.parent === fn.body)
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
    // Catch clause parameters are VariableDeclarations too (not in a list: block-scoped).
    if (ts.isVariableDeclaration(node)) {
      const isVar = ts.isVariableDeclarationList(node.parent) && (node.parent.flags & ts.NodeFlags.BlockScoped) === 0
      addNames(node.name, isVar)
      for (const id of isVar ? bindingNames(node.name) : []) {
        const symbol = checker.getSymbolAtLocation(id)
        if (symbol) layout.varSymbols.add(symbol)
      }
    }
    ts.forEachChild(node, visit)
  }
  if (fn.body) {
    if (readsOwn(fn, 'this')) layout.thisField = add('this', 'this')
    // An arrow's `arguments` is its creator's (nested.ts).
    if (!ts.isArrowFunction(fn) && readsOwn(fn, 'arguments')) layout.argumentsField = add('arguments', 'arguments')
    ts.forEachChild(fn.body, visit)
  }
  setRanges(fn, layout, checker)
  layout.cells = cellFields(fn, layout, checker)
  layout.tdz = tdzFields(fn, layout, checker)
  for (const field of layout.tdz) layout.cells.add(field)
  layout.numbers = numberFields(layout, checker)
  fromScopeEntry(layout)
  return layout
}

/**
 * A cell of a block-scoped local is made when its block is entered (cells.ts), before the
 * declaration: its field is in use, and its value (the cell) live, from there.
 */
function fromScopeEntry(layout: Layout): void {
  for (const [symbol, field] of layout.locals) {
    const scope = layout.cells.has(field) && symbol.valueDeclaration && bindingScope(declarationOf(symbol.valueDeclaration))
    const v = scope && layout.variables.find((x) => x.field === field)
    if (!scope || !v) continue
    v.range = { start: Math.min(v.range.start, scope.pos), end: v.range.end }
    v.live = { start: Math.min(v.live.start, scope.pos), end: v.live.end }
  }
}

/** Live ranges of the named variables; `this`, `arguments` and a destructured argument keep the whole function. */
function setRanges(fn: MultistateNode, layout: Layout, checker: ts.TypeChecker): void {
  const ranges = liveRanges(fn, new Set(layout.locals.keys()), checker)
  const byField = new Map<string, LiveRange>()
  // Symbols that share a field (`var x` and `function x`) share the union of their ranges.
  for (const [symbol, field] of layout.locals) {
    const range = ranges.get(symbol)!
    const other = byField.get(field)
    byField.set(field, other ? { range: union(other.range, range.range), live: union(other.live, range.live) } : range)
  }
  for (const v of layout.variables) Object.assign(v, byField.get(v.field) ?? {})
}

function union(a: Interval, b: Interval): Interval {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }
}

export function bindingNames(name: ts.BindingName): ts.Identifier[] {
  if (ts.isIdentifier(name)) return [name]
  const out: ts.Identifier[] = []
  for (const element of name.elements) if (!ts.isOmittedExpression(element)) out.push(...bindingNames(element.name))
  return out
}

/**
 * A tag for a module, from its file name: stable, so modules transformed at different times
 * agree. A thread's continuation holds the slots of every module it calls in CPS, named by their
 * tags, so two modules of a program must not share one: 40 bits of hash (two FNV-1a hashes) make
 * that about 1 in 2 million for 1,000 modules (the first 4 base-36 characters of one hash gave
 * 22 equal pairs among 3,000 file names).
 */
export function moduleTag(file: string): string {
  const hash = (seed: number): number => {
    let h = seed
    for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193)
    return h >>> 0
  }
  const bits = hash(0x811c9dc5) * 256 + (hash(0x050c5d1f) & 0xff)
  return `m${bits.toString(36).padStart(8, '0')}`
}
