// What a thread takes along when it follows a clue to another event loop (docs/runtime.md §14.3):
// the variables live across that VT_follow, and across every call on the way to it in the
// functions that called it in continuation-passing style — their frames travel too. Each must
// cross by structured clone unchanged, and the code of each frame must exist on the other loop.
// Both are known here, from the variables' live ranges (liveAt: what the thread's continuation
// keeps at each boundary) and their TypeScript types:
//   VT3001: a live variable whose type cannot cross (a function, a socket, a class instance, …);
//   VT3003: a nested function on the way (its code exists per call of the function around it).
// A variable typed `any` or `unknown` is left to the runtime, which checks every value it moves.

import ts from '#typescript'
import { Codes } from '../diagnostics/codes.js'
import { withDocsLink } from '../diagnostics/links.js'
import { spanAt } from '../locate.js'
import type { Boundary, Diagnostic, FunctionInfo } from '../model.js'
import type { ModuleScope } from './context.js'
import { liveAt, type Machine } from './machine.js'
import { whyNotTransferable } from './transferable-type.js'
import type { Variable } from './variables.js'

/** Diagnostics of the module's functions that are on the way to a VT_follow. */
export function followDiagnostics(scope: ModuleScope): Diagnostic[] {
  const reaching = functionsReachingFollow(scope.program)
  if (reaching.size === 0) return []
  const out: Diagnostic[] = []
  for (const { info, layout } of scope.functions.values()) {
    const machine = scope.machines.get(layout)
    if (machine === undefined || !reaching.has(info.id)) continue
    for (const boundary of info.boundaries) {
      if (!leadsToFollow(boundary, reaching)) continue
      out.push(...boundaryDiagnostics(scope, info, machine, boundary))
    }
  }
  return out
}

/** Ids of the functions whose call can reach VT_follow: the fixpoint over the boundaries' targets. */
function functionsReachingFollow(program: ReadonlyMap<string, FunctionInfo>): Set<string> {
  const reaching = new Set<string>()
  for (let grew = true; grew;) {
    grew = false
    for (const fn of program.values()) {
      if (reaching.has(fn.id) || !fn.boundaries.some((b) => leadsToFollow(b, reaching))) continue
      reaching.add(fn.id)
      grew = true
    }
  }
  return reaching
}

function leadsToFollow(boundary: Boundary, reaching: ReadonlySet<string>): boolean {
  return boundary.kind === 'primitive' ? boundary.primitive === 'VT_follow' : boundary.targets.some((id) => reaching.has(id))
}

function boundaryDiagnostics(scope: ModuleScope, info: FunctionInfo, machine: Machine, boundary: Boundary): Diagnostic[] {
  const at = (code: string, message: string): Diagnostic => ({
    code,
    severity: 'error',
    message: withDocsLink(code, message),
    ...spanAt(scope.file, scope.sf, boundary.start, boundary.end),
    related: [],
  })
  const where = boundary.kind === 'primitive' ? `VT_follow in ${info.name}()` : `the call of ${boundary.callee}() in ${info.name}(), which follows a clue`
  if (isNested(machine)) {
    return [
      at(
        Codes.nestedFollow,
        `${info.name}() is a nested function on the way to VT_follow (${where}): its code exists per call of the function around it, over that call's variables, so a thread in it cannot move to another event loop. Declare ${info.name} at module level and pass what it uses as arguments`,
      ),
    ]
  }
  const state = machine.resumePoints.indexOf(boundary.end)
  if (state < 0) return []
  const out: Diagnostic[] = []
  for (const variable of liveAt(machine, state)) {
    const problem = variableProblem(scope, machine, variable)
    if (problem === undefined) continue
    out.push(
      at(
        Codes.notTransferable,
        `${problem.what} is live across ${where} and cannot move to another event loop: ${problem.why}. Finish using it before the thread follows the clue, keep a socket, server or stream behind VT_handle(…), or pass what it holds as plain data`,
      ),
    )
  }
  return out
}

/** What is wrong with a live variable's value crossing, and how to name it; undefined if nothing. */
function variableProblem(scope: ModuleScope, machine: Machine, variable: Variable): { what: string; why: string } | undefined {
  const checker = scope.checker
  if (variable.iteratorOf !== undefined) {
    const line = scope.sf.getLineAndCharacterOfPosition(variable.iteratorOf.getStart(scope.sf)).line + 1
    return { what: `the iterator of the loop or pattern at line ${line}`, why: 'an iterator holds functions; loop over an index instead' }
  }
  if (variable.kind === 'arguments') return { what: '`arguments`', why: 'it has a symbol-keyed property (its iterator); use a rest parameter' }
  if (variable.kind === 'this') {
    const fn = machine.ctx.fn
    const self = ts.isClassLike(fn.parent) ? checker.getTypeAtLocation(fn.parent) : undefined
    const instance = self === undefined ? undefined : checker.getDeclaredTypeOfSymbol(self.symbol)
    const why = instance === undefined ? undefined : whyNotTransferable(instance, checker)
    return why === undefined ? undefined : { what: `\`this\` (${checker.typeToString(instance!)})`, why }
  }
  const symbol = symbolOf(machine, variable)
  if (symbol === undefined) return undefined
  const type = checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration ?? machine.ctx.fn)
  const why = whyNotTransferable(type, checker)
  return why === undefined ? undefined : { what: `${variable.name} (${checker.typeToString(type)})`, why }
}

function symbolOf(machine: Machine, variable: Variable): ts.Symbol | undefined {
  for (const [symbol, field] of machine.ctx.layout.locals) if (field === variable.field) return symbol
  return undefined
}

/** Declared inside another function (a closure, or a method of a class declared in one). */
function isNested(machine: Machine): boolean {
  for (let node: ts.Node = machine.ctx.fn.parent; !ts.isSourceFile(node); node = node.parent) if (ts.isFunctionLike(node)) return true
  return false
}
