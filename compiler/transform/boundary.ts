// A state boundary: the call that may suspend the thread, and the resume state after it.
// - a primitive: its k-passing form (`VT_read(ch, b)` → `kRead(k, ch, b)`), which returns WAIT
//   (parked: unwind to the event loop) or NEXT (done at once: keep running inline);
// - a multistate function of this module called by name: continuation-passing style — the
//   arguments go into the callee's parameter fields, then `return call(k, resume, g$sm)`;
// - another module's exported one, imported by name: the same through its exports (imported.ts);
// - a function value the analysis knows may be a multistate function of this module, or a method
//   or closure of another module: tests of which one it is, each called in CPS (knownTargetCalls);
// - anything else (a function value, another module's function): the runtime's dynamic call
//   kCall, which runs a multistate callee as a child thread in place of the caller (docs/semantics.md, "Calls through values").
// The resume state starts with take(k, k.value), which rethrows an error at the call site.

import ts from '#typescript'
import type { Boundary, CallBoundary } from '../model.js'
import { Codes } from '../diagnostics/codes.js'
import type { BoundaryCall, FnContext } from './context.js'
import { Unsupported } from './diagnostic.js'
import { Label, type Part } from './emit.js'
import { lower } from './lower.js'
import { isModuleFunction } from './functions.js'
import { isReassigned } from '../reassigned.js'
import type { Layout } from './variables.js'
import { importedTarget, importedValue, type ImportedCallee } from './imported.js'
import { wholeOf } from './live-ranges.js'
import { GENERATED_IMPORTS, PRIMITIVE_FORMS } from '../../runtime/surface.js'

/** Each primitive's k-passing form, by the local name generated code imports it under. */
const K_FORMS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PRIMITIVE_FORMS).map(([primitive, form]) => [primitive, GENERATED_IMPORTS[form]]),
)

export function emitBoundary(ctx: FnContext, node: ts.CallExpression, boundary: Boundary, ignoreResult: boolean): string {
  const resume = new Label()
  const line = ctx.lineOf(node)
  const e = ctx.emitter
  const direct = boundary.kind === 'call' ? directTarget(ctx, node, boundary) : undefined
  const imported = boundary.kind === 'call' && !direct ? importedTarget(ctx, node, boundary) : undefined
  if (boundary.kind === 'primitive') {
    const args = lower.explodeList(ctx, node.arguments)
    ctx.consumedBy(args, node.end)
    e.emit(`${ctx.k}.state = `, resume, `; ${primitiveCall(boundary.primitive, ctx.k, args)}`)
    e.mark(resume, line, boundary.callee, true, node.end)
  } else if (direct) {
    const args = lower.explodeList(ctx, node.arguments)
    ctx.consumedBy(args, node.end)
    const stores = argumentStores(ctx, direct, args, hasSpread(node))
    // Called by name in strict code: its `this` is undefined (the field may hold an older call's).
    if (direct.thisField) stores.push(`${ctx.variable(direct.thisField)} = undefined; `)
    ctx.callees.add(direct)
    ctx.calls.push({ callee: direct, at: wholeOf(node) })
    e.end(['{ ', ...stores, `return vt$call(${ctx.k}, `, resume, `, ${direct.name}$sm); }`])
    e.mark(resume, line, boundary.callee, false, node.end)
  } else if (imported && ctx.scope.replaceableImports) {
    replaceableImportCall(ctx, node, boundary, imported, resume)
  } else if (imported) {
    const args = lower.explodeList(ctx, node.arguments)
    ctx.consumedBy(args, node.end)
    e.end([importedCall(ctx, node, imported, args), resume, `, ${imported.alias}$sm);`])
    e.mark(resume, line, boundary.callee, false, node.end)
  } else {
    const { fn, self } = lower.calleeOf(ctx, node.expression)
    const args = lower.explodeList(ctx, node.arguments)
    valueCall(ctx, node, boundary, { fn, self, args, spread: hasSpread(node) }, resume)
  }
  return takeResult(ctx, node, ignoreResult)
}

/** The CPS call of an imported function up to its resume state: `f$enter(k, a); return vt$call(k, ` resume `, f$sm);`. */
function importedCall(ctx: FnContext, node: ts.CallExpression, imported: ImportedCallee, args: readonly string[]): string {
  ctx.importedCallees.add(imported)
  ctx.calls.push({ callee: 'imported', at: wholeOf(node) })
  return `${imported.alias}$enter(${[ctx.k, ...args].join(', ')}); return vt$call(${ctx.k}, `
}

/**
 * The imported function's call when a test may have replaced the binding (replaceableImports):
 * in CPS while the binding's registered state machine is the one the module exports, otherwise
 * through the value — a plain double runs plainly, as it would have in the source.
 */
function replaceableImportCall(ctx: FnContext, node: ts.CallExpression, boundary: CallBoundary, imported: ImportedCallee, resume: Label): void {
  const { fn } = lower.calleeOf(ctx, node.expression)
  const args = lower.explodeList(ctx, node.arguments)
  ctx.emitter.emit(`if (vt$calleeEntry(${fn})?.sm === ${imported.alias}$sm) { `, importedCall(ctx, node, imported, args), resume, `, ${imported.alias}$sm); } `)
  valueCall(ctx, node, { ...boundary, targets: [] }, { fn, self: undefined, args, spread: hasSpread(node) }, resume)
}

/**
 * A primitive's call after its resume state is set: its k-passing form, which parks k or lets it
 * run on. `VT_yield()` always parks, in the yield queue: the machine returns YIELD and the event
 * loop queues the thread (docs/runtime.md §3) — a resume without a call. With arguments (which
 * it ignores, but which must be evaluated) it keeps its k-passing form.
 */
function primitiveCall(primitive: string, k: string, args: readonly string[]): string {
  if (primitive === 'VT_yield' && args.length === 0) return 'return vt$YIELD;'
  const form = K_FORMS[primitive]
  if (!form) throw new Error(`vtify internal error: no k-passing form for ${primitive}`)
  return `if (${form}(${[k, ...args].join(', ')}) === vt$WAIT) return vt$WAIT;`
}

/**
 * ``tag`…${f()}` `` whose tag may suspend: the tag called like a function value, with the strings
 * array and the substitutions (evaluated by the caller, in order) as its arguments.
 */
export function emitTagBoundary(ctx: FnContext, node: ts.TaggedTemplateExpression, boundary: Boundary, call: ValueCall, ignoreResult: boolean): string {
  if (boundary.kind === 'primitive') {
    throw new Unsupported(Codes.unsupportedConstruct, node, `${boundary.primitive} used as a template tag is not supported: call it as a function`)
  }
  valueCall(ctx, node, boundary, call, new Label())
  return takeResult(ctx, node, ignoreResult)
}

/** A call through a function value: its function, `this`, arguments, and whether one of them is spread. */
interface ValueCall {
  fn: string
  self: string | undefined
  args: readonly string[]
  spread: boolean
}

/** The runtime's dynamic call kCall, after the tests for the targets it can call in CPS. */
function valueCall(ctx: FnContext, node: BoundaryCall, boundary: CallBoundary, call: ValueCall, resume: Label): void {
  const { fn, self, args } = call
  ctx.consumedBy([fn, self, ...args], node.end)
  const targets = knownTargets(ctx, boundary)
  if (targets.length > 0) knownTargetCalls(ctx, node, targets, call, resume)
  ctx.emitter.emit(`${ctx.k}.state = `, resume, `; if (vt$kCall(${ctx.k}, ${fn}, ${self ?? 'undefined'}, [${args.join(', ')}]) === vt$WAIT) return vt$WAIT;`)
  ctx.emitter.mark(resume, ctx.lineOf(node), boundary.callee, true, node.end)
}

/** The resume state takes the call's result (rethrowing its error here): into a temporary, unless unused. */
function takeResult(ctx: FnContext, node: BoundaryCall, ignoreResult: boolean): string {
  const take = takeCall(ctx)
  if (ignoreResult) {
    ctx.emitter.emit(`${take};`)
    return ''
  }
  const result = ctx.valueSlot(node, node.end)
  ctx.emitter.emit(`${result} = ${take};`)
  return result
}

/**
 * `vt$take(k, k.value)`: the machine reads k.value itself, so that the read's inline cache is
 * this machine's, which sees its own continuation classes only — in take, shared by every kind of
 * thread, it goes megamorphic past four (docs/runtime.md §3).
 */
function takeCall(ctx: FnContext): string {
  return `vt$take(${ctx.k}, ${ctx.k}.value)`
}

/**
 * The multistate functions a call through a value may reach (the analysis knows them: a method,
 * a closure in a local), of this module or another one (imported.ts), called in
 * continuation-passing style.
 */
function knownTargets(ctx: FnContext, boundary: CallBoundary): KnownTarget[] {
  if (boundary.targets.length > MAX_KNOWN_TARGETS) return []
  const targets = boundary.targets.map((id): KnownTarget | undefined => ctx.scope.byId.get(id) ?? importedValue(ctx, id))
  return targets.every((t) => t !== undefined) ? targets : []
}

/** A multistate function of this module, or another module's method or closure (imported.ts). */
type KnownTarget = Layout | ImportedCallee

/** Tests made before a call falls back to a child thread (vt$kCall): a handful of implementations at most. */
const MAX_KNOWN_TARGETS = 4

/**
 * A call of a function value that is one of `targets` (its registered MultistateInfo tells
 * which) runs in continuation-passing style, its frame in this thread's continuation like a
 * call by name: `if (entry.info === g$info) { k.g$x = a; return vt$call(k, R, entry.sm) }`.
 * Anything else falls through to the dynamic call.
 */
function knownTargetCalls(ctx: FnContext, node: BoundaryCall, targets: readonly KnownTarget[], { fn, self, args, spread }: ValueCall, resume: Label): void {
  // A JS local in a block of its own: it is read only before the call, and a state may hold several calls.
  const tests = targets.flatMap((target) => {
    if ('alias' in target) return importedValueCall(ctx, node, target, self, args, resume)
    const stores = argumentStores(ctx, target, args, spread)
    if (target.thisField) stores.push(`${ctx.variable(target.thisField)} = ${target.arrow ? LEXICAL_THIS : (self ?? 'undefined')}; `)
    ctx.callees.add(target)
    ctx.calls.push({ callee: target, at: wholeOf(node) })
    return [`if (vt$entry.info === ${target.name}$info) { `, ...stores, `return vt$call(${ctx.k}, `, resume, ', vt$entry.sm); } ']
  })
  ctx.emitter.emit(`{ const vt$entry = vt$calleeEntry(${fn}); if (vt$entry !== undefined) { `, ...tests, '} }')
}

/** An arrow's `this`, its creator's: registered with the arrow's entry (nested.ts). */
const LEXICAL_THIS = 'vt$entry.self'

/** `if (entry.info === C$m$info) { C$m$enter(k, self, a); return vt$call(k, R, entry.sm) }`, its frame set up by its module. */
function importedValueCall(
  ctx: FnContext,
  node: BoundaryCall,
  callee: ImportedCallee,
  self: string | undefined,
  args: readonly string[],
  resume: Label,
): Part[] {
  ctx.importedCallees.add(callee)
  ctx.calls.push({ callee: 'imported', at: wholeOf(node) })
  const enter = `${callee.alias}$enter(${[ctx.k, callee.arrow ? LEXICAL_THIS : (self ?? 'undefined'), ...args].join(', ')}); `
  return [`if (vt$entry.info === ${callee.alias}$info) { `, enter, `return vt$call(${ctx.k}, `, resume, ', vt$entry.sm); } ']
}

/**
 * The callee's parameter fields, and its arguments object if it reads `arguments` (every argument,
 * past its parameters too). Spread arguments, or more than it has parameters (each is evaluated,
 * kept or not), go through one array of them all, `vt$args`: the caller puts these stores in a block.
 */
function argumentStores(ctx: FnContext, callee: Layout, args: readonly string[], spread: boolean): string[] {
  const all = spread || args.length > callee.params.length ? 'vt$args' : undefined
  const value = (i: number, rest: boolean): string => {
    if (all) return rest ? `${all}.slice(${i})` : `${all}[${i}]`
    return rest ? `[${args.slice(i).join(', ')}]` : (args[i] ?? 'undefined')
  }
  const stores = callee.params.map((p, i) => `${ctx.variable(p.field)} = ${value(i, p.rest)}; `)
  if (callee.argumentsField) stores.push(`${ctx.variable(callee.argumentsField)} = vt$argumentsOf(${all ? `...${all}` : args.join(', ')}); `)
  return all ? [`const ${all} = [${args.join(', ')}]; `, ...stores] : stores
}

/**
 * The layout of the one module-level multistate function declaration of this module the call
 * reaches by name, if so — not if its name is assigned another function (compiler/reassigned.ts).
 */
function directTarget(ctx: FnContext, node: ts.CallExpression, boundary: CallBoundary): Layout | undefined {
  if (!ts.isIdentifier(node.expression) || boundary.targets.length !== 1) return undefined
  const decl = ctx.checker.getSymbolAtLocation(node.expression)?.valueDeclaration
  if (!decl || !isModuleFunction(decl) || isReassigned(decl, ctx.checker)) return undefined
  return ctx.scope.functions.get(decl)?.layout
}

function hasSpread(node: ts.CallExpression): boolean {
  return node.arguments.some(ts.isSpreadElement)
}
