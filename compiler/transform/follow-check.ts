// What a thread takes along when it follows a clue to another event loop (docs/runtime.md §14.3):
// the variables live across that VT_follow, and across every call on the way to it in the
// functions that called it in continuation-passing style — their frames travel too. Each must
// cross by structured clone unchanged, and the code of each frame must exist on the other loop.
// Both are known here, from the variables' live ranges (liveAt: what the thread's continuation
// keeps at each boundary, the list the runtime copies) and their TypeScript types:
//   VT3001: a live variable whose type cannot cross (a function, a socket, a class instance, …),
//     temporaries included: a value its statement computed before the boundary and uses after it
//     (the method `s.write` of `s.write(stage())`) travels as a variable does;
//   VT3003: a function whose code is created more than once (nested in another function, a class
//     field's arrow, in a loop at module level) on the way: no other loop has that instance.
//   VT3002, a warning: a live variable typed `any` or `unknown` (or with such a part, and nothing
//     refused elsewhere in its type) cannot be checked here; the runtime checks every value it
//     moves, and VT_follow throws there if one cannot cross.

import ts from '#typescript'
import { Codes, type Code } from '../diagnostics/codes.js'
import { withDocsLink } from '../diagnostics/links.js'
import { spanAt, spanOfNode } from '../locate.js'
import type { Boundary, Diagnostic, FunctionInfo, RelatedLocation } from '../model.js'
import type { ModuleScope } from './context.js'
import { oncePer } from '../once-per.js'
import { liveAt, type Machine } from './machine.js'
import { crossingOf, type Crossing } from './transferable-type.js'
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

/**
 * Ids of the functions whose call can reach VT_follow: the fixpoint over the boundaries' targets.
 * Once per program (every module asks; the program is the same map, model-index.ts).
 */
const functionsReachingFollow = oncePer((program: ReadonlyMap<string, FunctionInfo>): ReadonlySet<string> => {
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
})

function leadsToFollow(boundary: Boundary, reaching: ReadonlySet<string>): boolean {
  return boundary.kind === 'primitive' ? boundary.primitive === 'VT_follow' : boundary.targets.some((id) => reaching.has(id))
}

function boundaryDiagnostics(scope: ModuleScope, info: FunctionInfo, machine: Machine, boundary: Boundary): Diagnostic[] {
  const at = (code: Code, message: string, related: RelatedLocation[] = []): Diagnostic => ({
    code,
    severity: code === Codes.uncheckedFollow ? 'warning' : 'error',
    message: withDocsLink(code, message),
    ...spanAt(scope.file, scope.sf, boundary.start, boundary.end),
    related,
  })
  const where = boundary.kind === 'primitive' ? `VT_follow in ${info.name}()` : `the call of ${boundary.callee}() in ${info.name}(), which follows a clue`
  const nested = whyNested(machine.ctx.fn, scope.sf)
  if (nested !== undefined) {
    const message = `${info.name}() is ${nested.what} on the way to VT_follow (${where}): ${nested.why}, so a thread in it cannot move to another event loop. ${nested.fix(info.name)}`
    return [at(Codes.nestedFollow, message)]
  }
  const state = machine.resumePoints.indexOf(boundary.end)
  if (state < 0) return []
  return liveProblems(scope, machine, state, boundary).map((problem) => {
    const related = problem.source === undefined ? [] : [{ message: problem.source.message, ...spanOfNode(scope.file, problem.source.node) }]
    if (problem.unchecked) {
      const message = `${problem.what} is live across ${where}, and ${problem.why}: vtify cannot check that it can move to another event loop. If it holds a function, a class instance, a socket or anything else that cannot cross, VT_follow throws a TypeError when the thread moves. Give it a precise type, or copy what the thread needs from it into plain data before the call`
      return at(Codes.uncheckedFollow, message, related)
    }
    const fix = problem.fix ?? 'Finish using it before the thread follows the clue'
    const message = `${problem.what} is live across ${where}${boundary.kind === 'call' ? ',' : ''} and cannot move to another event loop: ${problem.why}. ${fix}, keep a socket, server or stream behind VT_handle(…), or pass what it holds as plain data`
    return at(Codes.notTransferable, message, related)
  })
}

/**
 * The problems of the variables live at `state`, one per value written in the source: two
 * temporaries may hold one expression's value (a call's result, then a copy of it), and the
 * receiver of a method whose value is refused (`s` of `s.write`) is fixed with it.
 */
function liveProblems(scope: ModuleScope, machine: Machine, state: number, boundary: Boundary): Problem[] {
  const problems = liveAt(machine, state).flatMap((variable) => variableProblem(scope, machine, variable, boundary) ?? [])
  const held = new Set(problems.flatMap((p) => (p.held === undefined ? [] : [p.held])))
  const receivers = new Set<ts.Expression>(
    [...held].flatMap((e) => (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) ? [e.expression] : [])),
  )
  const reported = new Set<ts.Expression>()
  return problems.filter((p) => {
    if (p.held === undefined) return true
    if (receivers.has(p.held) || reported.has(p.held)) return false
    reported.add(p.held)
    return true
  })
}

/** What cannot cross (or cannot be checked), how to name it, and where it comes from (a related location). */
interface Problem {
  what: string
  why: string
  /** Typed `any` or `unknown` (VT3002): left to the runtime check, not refused. */
  unchecked?: boolean
  /** The first fix to offer, when finishing with the value earlier is not it. */
  fix?: string
  /** Where the value comes from (a declaration, an expression), as related information. */
  source?: { node: ts.Node; message: string }
  /** The expression whose value a temporary holds. */
  held?: ts.Expression
}

/** What is wrong with a live variable's value crossing, and how to name it; undefined if nothing. */
function variableProblem(scope: ModuleScope, machine: Machine, variable: Variable, boundary: Boundary): Problem | undefined {
  const checker = scope.checker
  if (variable.iteratorOf !== undefined) {
    return {
      what: `the iterator of the loop or pattern at line ${lineOf(variable.iteratorOf, scope.sf)}`,
      why: 'an iterator holds functions; loop over an index instead',
      source: { node: variable.iteratorOf, message: 'the loop or pattern whose iterator is live across it' },
    }
  }
  if (variable.kind === 'arguments') return { what: '`arguments`', why: 'it has a symbol-keyed property (its iterator); use a rest parameter' }
  if (variable.kind === 'this') return thisProblem(scope, machine)
  if (variable.holds !== undefined) return heldValueProblem(scope, variable.holds, boundary)
  const symbol = symbolOf(machine, variable)
  if (symbol === undefined) return undefined
  const type = checker.getTypeOfSymbolAtLocation(symbol, symbol.valueDeclaration ?? machine.ctx.fn)
  const crossing = crossingOf(type, checker)
  if (crossing === undefined) return undefined
  const declaration = symbol.valueDeclaration
  const source =
    declaration === undefined ? undefined : { node: ts.getNameOfDeclaration(declaration) ?? declaration, message: `${variable.name} is declared here` }
  return { what: `${variable.name} (${checker.typeToString(type)})`, ...verdict(crossing), ...(source && { source }) }
}

/** A Problem's why, and whether it is only unchecked. */
function verdict(crossing: Crossing): Pick<Problem, 'why' | 'unchecked'> {
  return crossing.kind === 'unchecked' ? { why: crossing.why, unchecked: true } : { why: crossing.why }
}

/** `this` of a method, when the class's instances cannot cross. */
function thisProblem(scope: ModuleScope, machine: Machine): Problem | undefined {
  const checker = scope.checker
  const fn = machine.ctx.fn
  const self = ts.isClassLike(fn.parent) ? checker.getTypeAtLocation(fn.parent) : undefined
  const instance = self === undefined ? undefined : checker.getDeclaredTypeOfSymbol(self.symbol)
  const crossing = instance === undefined ? undefined : crossingOf(instance, checker)
  return crossing === undefined ? undefined : { what: `\`this\` (${checker.typeToString(instance!)})`, ...verdict(crossing) }
}

/**
 * A temporary: the value of an expression evaluated before a later part of its statement and
 * used after it (`s.write` in `s.write(stage())`). It travels only where it is already written
 * (valueAt): a boundary before the expression finds it not yet computed.
 */
function heldValueProblem(scope: ModuleScope, temporary: ts.Expression, boundary: Boundary): Problem | undefined {
  const held = valueAt(temporary, boundary)
  if (held === undefined) return undefined
  const type = scope.checker.getTypeAtLocation(held)
  const crossing = crossingOf(type, scope.checker)
  if (crossing === undefined) return undefined
  const { why, unchecked } = verdict(crossing)
  const text = expressionText(held, scope.sf)
  const typed = typeText(scope.checker, type)
  const loop = held.parent
  if (ts.isForInStatement(loop) && loop.expression === held) {
    return {
      what: `the object the for…in at line ${lineOf(loop, scope.sf)} iterates (${text}: ${typed})`,
      why,
      fix: 'List its keys first (const keys = Object.keys(…)) and loop over an index',
      source: { node: held, message: 'the object the for…in iterates' },
      held,
      ...(unchecked && { unchecked }),
    }
  }
  const call = boundary.kind === 'primitive' ? `${boundary.primitive}(…)` : `${boundary.callee}()`
  return {
    what: `the value of ${text} (${typed})`,
    why,
    fix: `It is computed before ${call} and used after it: make that call first, into a variable, and compute ${text} after it; or finish using it before the thread follows the clue`,
    source: { node: held, message: `${text} is computed here, before the call that follows a clue` },
    held,
    ...(unchecked && { unchecked }),
  }
}

/**
 * The expression whose value a temporary made for `held` has while `boundary` runs: `held`'s
 * once computed (it ends before the boundary); inside the right side of `a && b`, `a &&= b` or
 * `a += b`, the left side's, kept until the right side's replaces it (after `||`, `??`, `||=`
 * and `??=` only a falsy or nullish one, which crosses); otherwise none yet.
 */
function valueAt(held: ts.Expression, boundary: Boundary): ts.Expression | undefined {
  if (held.end <= boundary.start) return held
  if (!ts.isBinaryExpression(held) || boundary.start < held.right.pos) return undefined
  const op = held.operatorToken.kind
  const compound = op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment
  const keepsLeft =
    op === ts.SyntaxKind.AmpersandAmpersandToken || (compound && op !== ts.SyntaxKind.BarBarEqualsToken && op !== ts.SyntaxKind.QuestionQuestionEqualsToken)
  return keepsLeft ? held.left : undefined
}

function lineOf(node: ts.Node, sf: ts.SourceFile): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1
}

/** An expression's source on one line, shortened: to name it in a message. */
function expressionText(node: ts.Expression, sf: ts.SourceFile): string {
  const text = node.getText(sf).replace(/\s+/g, ' ')
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`
}

/** A type as TypeScript writes it, shortened: `a function` for a long signature (a method's overloads). */
function typeText(checker: ts.TypeChecker, type: ts.Type): string {
  const text = checker.typeToString(type)
  if (text.length <= 60) return text
  return type.getCallSignatures().length > 0 ? 'a function' : `${text.slice(0, 59)}…`
}

function symbolOf(machine: Machine, variable: Variable): ts.Symbol | undefined {
  for (const [symbol, field] of machine.ctx.layout.locals) if (field === variable.field) return symbol
  return undefined
}

/** Why a function's code is created more than once (so no other loop has it), and the fix; undefined if it is created once. */
interface Nested {
  what: string
  why: string
  fix: (name: string) => string
}

/**
 * Whether `fn`'s state machine is created more than once: inside another function (a closure,
 * or a method of a class declared in one), as an instance field's value (once per object), or
 * in the body of a loop at module level. The runtime registers each creation and names none of
 * them (runtime/registry.ts), so a thread in one cannot move.
 */
function whyNested(fn: ts.Node, sf: ts.SourceFile): Nested | undefined {
  for (let child = fn, node = fn.parent; !ts.isSourceFile(node); child = node, node = node.parent) {
    if (ts.isFunctionLike(node)) {
      return {
        what: 'a nested function',
        why: "its code exists per call of the function around it, over that call's variables",
        fix: (name) => `Declare ${name} at module level and pass what it uses as arguments`,
      }
    }
    // A static field's value is created once, with the class.
    if (ts.isPropertyDeclaration(node) && child === node.initializer && (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Static) === 0) {
      return {
        what: 'a function created for each instance (the value of a class field)',
        why: 'its code exists per object',
        fix: (name) => `Make ${name} a method of the class (bound where it is handed over as a callback)`,
      }
    }
    if (ts.isIterationStatement(node, false) && child === node.statement) {
      return {
        what: `a function created at each turn of the loop at line ${lineOf(node, sf)}`,
        why: 'its code exists per turn',
        fix: (name) => `Declare ${name} once, before the loop, and pass what it uses from the loop as arguments`,
      }
    }
  }
  return undefined
}
