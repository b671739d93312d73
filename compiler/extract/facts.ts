// Per-file facts: what one source file contributes to the whole-program analysis. Extracted with
// the checker once per file version and cached, so an edit re-extracts only the files it affects.
// Plain data keyed by strings: facts outlive the ts.Program they came from.

import type { Diagnostic, FunctionKind, Span } from '../model.js'

/** Where a call or function value may lead, before the whole-program flow is solved. */
export type Term =
  /** A function literal or declaration, by function key. */
  | { fn: string }
  /** A variable, parameter or property declaration, by slot key: whatever flows into it. */
  | { slot: string }
  /** The result of a call, by call key: whatever its targets return. */
  | { ret: string }

/** Contexts where a state boundary cannot be placed (docs/semantics.md, "Rules"; VT1003, VT1004). */
export type ContextKind = FunctionKind | 'field' | 'static-block' | 'module'

export interface FunctionFact extends Span {
  key: string
  name: string
  kind: ContextKind
  async: boolean
  generator: boolean
  /** Slot key per parameter, in order; null for a destructured parameter. */
  params: (string | null)[]
  /** Index of a rest parameter, if any. */
  rest: number | null
  /** Parameter types, for matching the function with calls the flow cannot bound (shapes.ts). */
  shape?: Shape
  /** When JavaScript itself calls it (naming.ts, implicitCall): it cannot suspend. */
  implicit?: string
  /**
   * For a function expression or arrow, the property it is assigned to or initialises
   * (`P.prototype.eat = function () {…}`, `{ eat: () => … }`; naming.ts, assignedMember): a method
   * call the flow does not bound matches it by that name, as it matches methods.
   */
  member?: string
}

/** What a call's callee is, as far as one file can tell. */
export type CalleeFact =
  /** An export of vtify/runtime. */
  | { runtime: string }
  /**
   * Code vtify does not transform (a .d.ts, node_modules, a built-in). `stores`: a container
   * method (`Array.push`, `Map.set`, `new Map`) that keeps its function arguments without calling them.
   */
  | { external: string; stores?: true }
  /**
   * Not boundable: an `any`, an unresolved name. `member`: `o.m(…)` where o is `any` or its type
   * has no `m` (a type error, as for a method only a subclass declares): any project method named m.
   * `reads`: the property such a call reads — its name, or null for a key known only at run
   * time (`o[k](…)`): what the program stored there untracked may be called (storedMember).
   */
  | { dynamic: true; member?: string; reads?: string | null }
  /**
   * Project code: the terms the callee expression may evaluate to. `reads`: as above, for
   * `o['k'](…)` on an object whose type names no such property (the object literal stored in o
   * may be another than its declared type describes). `member`: as above, for `x.call(…)` on an
   * untyped x, which may be a function's `call` or a method named so.
   */
  | { terms: Term[]; direct: boolean; reads?: string; member?: string }

export interface CallFact extends Span {
  key: string
  /** Key of the enclosing function, field initialiser, static block or module. */
  caller: string
  /** The callee as written, shortened for messages. */
  text: string
  callee: CalleeFact
  /** Terms per argument; a spread argument's terms are kept at its index. */
  args: Term[][]
  /** Position of each argument, for diagnostics about callbacks; empty for direct calls of project or runtime functions. */
  argLocations: Span[]
  /** Index of the first spread argument, if any (later arguments lose their position). */
  spread: number | null
  /** For a call through a function-typed value: the parameter types of that type (shapes.ts). */
  shape?: Shape
}

/**
 * Parameter and return types as written (shapes.ts); '*' matches any: not written, `any`,
 * `unknown`, a type parameter.
 */
export interface Shape {
  params: string[]
  returns: string
}

/** The type text that matches any type in a Shape. */
export const ANY_TYPE = '*'

/** `to` receives every function that any of `from` may hold. */
export interface FlowFact {
  to: string
  from: Term[]
}

export interface FileFacts {
  file: string
  functions: FunctionFact[]
  calls: CallFact[]
  flows: FlowFact[]
  /** Project files whose declarations these facts refer to (absolute names). */
  deps: string[]
  /** Project files imported by this one (relative names). */
  imports: string[]
  syntaxErrors: Diagnostic[]
}

/**
 * The slot of function values stored where the flow cannot follow them: in a Map or Set, an
 * array element assigned by index, a property the program never declares. A call through a value
 * the flow cannot bound may reach any of them whose shape fits (analyze/escapes.ts).
 */
export const ESCAPED = 'escaped'

/**
 * The slot of function values stored under property `name` of an object no declaration
 * describes (`box.f = g`, `o['f'] = g`, `{ f: g }` with no type); with no name, under a key
 * known only at run time (`fns[k] = g`). A call reading that property of a value the flow
 * does not follow may reach them (analyze/escapes.ts).
 */
export function storedMember(name: string | undefined): string {
  return `${STORED_PREFIX}${name === undefined ? '[]' : `.${name}`}`
}

export const STORED_PREFIX = 'stored:'

/**
 * The slot of the accessors assigned to an object a declaration holds, `d.get = function () {…}`:
 * a descriptor built in steps, which Object.defineProperty installs when handed `d`.
 */
export function accessorSlot(declarationKey: string, accessor: 'get' | 'set'): string {
  return `${declarationKey}#${accessor}`
}

/** Key of the slot holding a function's return values. */
export function returnSlot(fnKey: string): string {
  return `ret:${fnKey}`
}

/** Key of the pseudo-function standing for a module's top level. */
export function moduleKey(file: string): string {
  return `${file}:module`
}
