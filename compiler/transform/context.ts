// Everything the generation of one multistate function needs: its source, layout, listing,
// jump targets, and which of its calls are state boundaries (from the analysis model).

import ts from '#typescript'
import { SpanIndex } from '../locate.js'
import type { Boundary, FunctionInfo } from '../model.js'
import { isConst, writtenSymbols } from './cells.js'
import { Emitter, type Label } from './emit.js'
import { variableHole } from './holes.js'
import type { MultistateNode } from './functions.js'
import type { Layout, Variable } from './variables.js'
import type { CpsEntry, ImportedCallee } from './imported.js'
import type { LeapEntry } from './leap.js'
import { wholeOf, type Interval } from './live-ranges.js'
import type { Machine } from './machine.js'

export interface ModuleScope {
  sf: ts.SourceFile
  checker: ts.TypeChecker
  /** The module's file, relative to the project root (MultistateInfo.file). */
  file: string
  /** The module's multistate functions: their analysis and layout. */
  functions: Map<MultistateNode, { info: FunctionInfo; layout: Layout }>
  /** Every function of the program, by FunctionInfo.id. */
  program: ReadonlyMap<string, FunctionInfo>
  /** Generated state machines, by layout; nested ones are generated while printing their parent. */
  machines: Map<Layout, Machine>
  /** Module-level variables the generated code uses (declared after the imports). */
  moduleVariables: Set<string>
  /** The layouts of the module's multistate functions, by FunctionInfo.id. */
  byId: Map<string, Layout>
  /** Locals of the module's multistate functions that are kept in cells (cells.ts), for the closures that refer to them. */
  cells: Set<ts.Symbol>
  /** Other modules' multistate functions called in CPS, by declaration (imported.ts). */
  imports: Map<CpsEntry, ImportedCallee>
  /** Jump targets written as holes in generated text (holes.ts), by their numbers. */
  jumpTargets: Label[]
  /** Calls of imported multistate functions check the binding first (TransformOptions.replaceableImports). */
  replaceableImports: boolean
  /** Written module specifier → the one the output imports instead (TransformOptions.relativeImports). */
  specifiers: ReadonlyMap<string, string>
}

/** A call that can be a state boundary: a call, or a tagged template (a call of its tag). */
export type BoundaryCall = ts.CallExpression | ts.TaggedTemplateExpression

export class FnContext {
  readonly emitter: Emitter
  /** The continuation's name in the generated machine (continuationName). */
  readonly k: string
  readonly leaps: LeapEntry[] = []
  /** Multistate functions this one calls in continuation-passing style: their fields are in its threads' continuations. */
  readonly callees = new Set<Layout>()
  /** Where it calls them, and other modules' (`imported`): the callee's frame is in use during the call (slots.ts). */
  readonly calls: { callee: Layout | 'imported'; at: Interval }[] = []
  /** Resume positions of its state boundaries (the end of each boundary call). */
  readonly boundaryPoints: number[] = []
  /** The statements being exploded, innermost last: a temporary lives within the innermost. */
  readonly statements: ts.Node[] = []
  /** The expression of the innermost statement being exploded, if any: a temporary made for it lives within it. */
  readonly roots: ts.Node[] = []
  /** Other modules' multistate functions it calls in continuation-passing style. */
  readonly importedCallees = new Set<ImportedCallee>()
  /** Nodes of the body that contain a state boundary (the boundary calls included). */
  private readonly leaping = new Set<ts.Node>()
  private readonly boundaryAt = new Map<BoundaryCall, Boundary>()
  private slots = 0
  /** The temporaries newSlot made, by the text that reads them. */
  private readonly temporaries = new Map<string, Variable>()
  private constTargets: Set<ts.Node> | undefined
  private writtenAt: Map<ts.Symbol, ts.Node[]> | undefined

  constructor(
    readonly scope: ModuleScope,
    readonly fn: MultistateNode,
    readonly layout: Layout,
    boundaries: readonly Boundary[],
  ) {
    this.k = continuationName(fn)
    this.emitter = new Emitter(this.lineOf(fn), this.k, scope.jumpTargets)
    const bySpan = new SpanIndex(boundaries, (b) => b)
    const visit = (node: ts.Node): boolean => {
      // A nested function's computed name (`{ [f()]() {} }`) is evaluated here, not in it.
      if (ts.isFunctionLike(node) && node !== fn) {
        const name = ts.getNameOfDeclaration(node)
        const found = name !== undefined && ts.isComputedPropertyName(name) && visit(name)
        if (found) this.leaping.add(node)
        return found
      }
      let found = false
      ts.forEachChild(node, (child) => {
        if (visit(child)) found = true
      })
      if (ts.isCallExpression(node) || ts.isTaggedTemplateExpression(node)) {
        const b = bySpan.at(node, this.sf)
        if (b) {
          this.boundaryAt.set(node, b)
          this.boundaryPoints.push(node.end)
          found = true
        }
      }
      if (found) this.leaping.add(node)
      return found
    }
    visit(fn)
  }

  get sf(): ts.SourceFile {
    return this.scope.sf
  }

  get checker(): ts.TypeChecker {
    return this.scope.checker
  }

  hasBoundary(node: ts.Node): boolean {
    return this.leaping.has(node)
  }

  boundary(call: BoundaryCall): Boundary | undefined {
    return this.boundaryAt.get(call)
  }

  /** The function's own state boundaries, in source order. */
  boundaryCalls(): [BoundaryCall, Boundary][] {
    return [...this.boundaryAt].sort(([a], [b]) => a.pos - b.pos)
  }

  /**
   * A fresh continuation field for a temporary, a completion record or an iterator. It is
   * written and read within the expression being exploded, or else the statement (the
   * function, for an arrow's expression body), so that bounds its live range; `from`, when it
   * is first written later than that starts (a boundary's result, at the resume).
   */
  newSlot(from?: number): string {
    const n = this.slots++
    const field = `${this.layout.prefix}$${n}`
    // One past the end: it may end with its boundary call, and the temporary is read after it.
    const statement = wholeOf(this.roots[0] ?? this.statements.at(-1) ?? this.fn)
    const span = { start: from ?? statement.start, end: statement.end + 1 }
    const temporary: Variable = { field, name: `#${n}`, kind: 'temporary', range: span, live: span }
    this.layout.variables.push(temporary)
    const text = this.variable(field)
    this.temporaries.set(text, temporary)
    return text
  }

  /** A fresh continuation field for the iterator record of `node` (a for…of or array pattern): newSlot, remembered as such. */
  iteratorSlot(node: ts.Node): string {
    const text = this.newSlot()
    this.temporaries.get(text)!.iteratorOf = node
    return text
  }

  /** A fresh temporary for the value of `node` (newSlot, from `from`), remembered as holding it (Variable.holds). */
  valueSlot(node: ts.Expression, from?: number): string {
    const text = this.newSlot(from)
    this.temporaries.get(text)!.holds = node
    return text
  }

  /** The values a boundary call resuming at `point` takes: those that are temporaries are dead after it (Variable.consumedAt). */
  consumedBy(values: readonly (string | undefined)[], point: number): void {
    for (const value of values) {
      const temporary = value === undefined ? undefined : this.temporaries.get(value.startsWith('...') ? value.slice(3) : value)
      if (temporary) temporary.consumedAt = point
    }
  }

  /** The variable with this field, read or written through the continuation: a hole that becomes its slot or its JS local (holes.ts). */
  variable(field: string): string {
    return variableHole(this.k, field)
  }

  /** Where the value of a local variable is, if `id` refers to one: its variable, or its cell's `v` (cells.ts). */
  fieldOf(id: ts.Identifier): string | undefined {
    return this.valueOf(this.checker.getSymbolAtLocation(id))
  }

  valueOf(symbol: ts.Symbol | undefined): string | undefined {
    const field = symbol && this.layout.locals.get(symbol)
    if (!field) return undefined
    return this.layout.cells.has(field) ? `${this.variable(field)}.v` : this.variable(field)
  }

  /** Where each symbol is assigned in the function, closures included (cells.ts, writtenSymbols). */
  get writes(): ReadonlyMap<ts.Symbol, readonly ts.Node[]> {
    this.writtenAt ??= writtenSymbols(this.fn, this.checker)
    return this.writtenAt
  }

  /** Assignment targets that name a `const` local (the assignment throws). */
  get constWrites(): ReadonlySet<ts.Node> {
    this.constTargets ??= new Set([...this.writes].filter(([symbol]) => isConst(symbol) && this.layout.locals.has(symbol)).flatMap(([, nodes]) => nodes))
    return this.constTargets
  }

  lineOf(node: ts.Node): number {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1
  }
}

/**
 * The machine's parameter is the continuation, `k`, unless the function's code names something
 * `k` — a variable of an outer scope, a captured local, a closure's own — which the parameter
 * would shadow: then `vt$k` (user code cannot use `vt$` names).
 */
function continuationName(fn: MultistateNode): string {
  const namesK = (node: ts.Node): boolean => (ts.isIdentifier(node) && node.text === 'k') || ts.forEachChild(node, namesK) === true
  return namesK(fn) ? 'vt$k' : 'k'
}
