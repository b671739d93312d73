// What the runtime knows about generated code: per state machine, its name and the source line
// of every state (for logical stacks); per multistate function value, how to start it as a thread.

import { bindFunction, defineProperty, mapDelete, mapForEach, mapGet, mapHas, mapSet, reflectApply, weakMapGet, weakMapSet } from './intrinsics.js'
import { concat } from './lists.js'
import type { Continuation, StateMachine } from './protocol.js'

/** Source positions of one multistate function, emitted by the compiler next to its code. */
export interface MultistateInfo {
  /** The source name: `f`, `Class.method`, or the variable of a const-bound arrow. */
  readonly name: string
  /** The original source file, relative to the project root. */
  readonly file: string
  /** lines[0] is the function's own line; lines[s] (s ≥ 1) is the line of boundary s. */
  readonly lines: readonly number[]
  /** calls[s] names what boundary s calls (`VT_read`, `readLine`); calls[0] is ''. */
  readonly calls: readonly string[]
  /**
   * In a program whose threads move between event loops (VT_follow): live[s] names the slots whose
   * values may be read after boundary s resumes — what a thread parked there takes with it.
   */
  readonly live?: Readonly<Record<number, readonly string[]>>
}

/** Builds the continuation of a new thread rooted at a multistate function. */
export type ThreadFactory = (self: unknown, args: readonly unknown[]) => Continuation

interface Entry {
  readonly sm: StateMachine
  readonly create: ThreadFactory
  /**
   * The function's MultistateInfo: generated code that knows the callee is this function calls
   * sm in continuation-passing style. Undefined for a bound function (its `this` and arguments
   * are its own), which is always started through create.
   */
  readonly info: MultistateInfo | undefined
  /** An arrow's `this` (its creator's), which such a caller stores for it; undefined for any other function. */
  readonly self: unknown
  /** The function value registered: a copy of its properties onto another function (a test's spy) is not it. */
  readonly stub: object
}

const infos = new WeakMap<StateMachine, MultistateInfo>()
const entries = new WeakMap<object, Entry>()

/**
 * The state machine of each MultistateInfo (a module-level constant of generated code), or null
 * once a second one was registered with it: a nested function, created again by each call of
 * its enclosing function. Only the first kind can migrate between event loops (loops/migrant.ts).
 */
const byInfo = new Map<MultistateInfo, StateMachine | null>()

type StableId = { id: string } | { why: string }

/** stableIdOf's answers, each made once (a migration asks for several); forgotten whenever a function registers, which may change them. */
let answers = new WeakMap<StateMachine, StableId>()

/** How to build a continuation of the thread class rooted at a state machine that byInfo holds. */
const factories = new Map<StateMachine, ThreadFactory>()

/**
 * Register a state machine's source positions (generated once per multistate function; a nested
 * one's each time its enclosing function creates it).
 */
export function multistate(sm: StateMachine, info: MultistateInfo): StateMachine {
  weakMapSet(infos, sm, info)
  const known = mapGet(byInfo, info)
  if (known === undefined) {
    mapSet(byInfo, info, sm)
    if (byId !== null) index(byId, info)
    answers = new WeakMap()
  } else if (known !== sm && known !== null) {
    // a nested function: no instance of it is kept (it holds its creator's variables)
    mapSet(byInfo, info, null)
    answers = new WeakMap()
    mapDelete(factories, known)
  }
  return sm
}

/**
 * Infos by stable id, `file#name@line`, for continuations that migrate between event loops as
 * plain data: every loop loads the same modules, so an id names the same code in each. Null until
 * an event loop of several asks (useStableIds). An id of two infos (two functions of one name on
 * one line) maps to null: a thread in either cannot migrate.
 */
let byId: Map<string, MultistateInfo | null> | null = null

/** Each info's id, made once: a migration names several, and a string made again would be hashed again at every look-up. */
const stableIds = new WeakMap<MultistateInfo, string>()

function stableId(info: MultistateInfo): string {
  let id = weakMapGet(stableIds, info)
  if (id === undefined) {
    id = `${info.file}#${info.name}@${info.lines[0] ?? 0}`
    weakMapSet(stableIds, info, id)
  }
  return id
}

function index(ids: Map<string, MultistateInfo | null>, info: MultistateInfo): void {
  const id = stableId(info)
  mapSet(ids, id, mapHas(ids, id) ? null : info)
}

/** Start naming state machines by stable id (an event loop of several starts). */
export function useStableIds(): void {
  if (byId !== null) return
  const ids = new Map<string, MultistateInfo | null>()
  mapForEach(byInfo, (_sm, info) => index(ids, info))
  byId = ids
  answers = new WeakMap()
}

/**
 * The stable id of sm, or a reason it has none: a nested function (its code is created per call of
 * the function around it, over that call's variables), or an id two functions share.
 */
export function stableIdOf(sm: StateMachine): StableId {
  let answer = weakMapGet(answers, sm)
  if (answer === undefined) {
    answer = nameOf(sm)
    weakMapSet(answers, sm, answer)
  }
  return answer
}

function nameOf(sm: StateMachine): StableId {
  const info = weakMapGet(infos, sm)
  if (info === undefined) return { why: 'a function vtify did not compile' }
  if (mapGet(byInfo, info) !== sm)
    return { why: `${info.name} (${info.file}:${info.lines[0]}) is a nested function: its code exists per call of the function around it` }
  const id = stableId(info)
  if (byId === null || mapGet(byId, id) !== info) return { why: `${info.name} (${info.file}:${info.lines[0]}) shares its name and line with another function` }
  return { id }
}

/** The state machine a stable id names in this loop, or undefined. */
export function stateMachineById(id: string): StateMachine | undefined {
  const info = byId === null ? undefined : mapGet(byId, id)
  return info == null ? undefined : (mapGet(byInfo, info) ?? undefined)
}

export function infoOf(sm: StateMachine): MultistateInfo | undefined {
  return weakMapGet(infos, sm)
}

/**
 * Make the function value `stub` — what the source name of a multistate function is bound to
 * after the transform — startable as a thread (VT_spawn, VT_run) and callable through a dynamic
 * call. `stub` itself, called by untransformed code, must call VT_unreachable(stub).
 */
export function threadEntry<F extends object>(stub: F, sm: StateMachine, create: ThreadFactory, self?: unknown): F {
  const info = weakMapGet(infos, sm)
  if (info !== undefined && mapGet(byInfo, info) === sm && !mapHas(factories, sm)) mapSet(factories, sm, create)
  return register(stub, { sm, create, info, self, stub })
}

/** The factory of the continuation class of threads rooted at a state machine that has a stable id. */
export function factoryOf(sm: StateMachine): ThreadFactory | undefined {
  return mapGet(factories, sm)
}

function register<F extends object>(stub: F, entry: Entry): F {
  weakMapSet(entries, stub, entry)
  // Also on the stub itself, for the calls generated code makes through function values: a
  // property read the engine caches per call site, where a WeakMap look-up is a hash probe.
  // (Descriptors inherit nothing: a `get` added to Object.prototype would make them accessors.)
  defineProperty(stub, ENTRY, { __proto__: null, value: entry } as PropertyDescriptor)
  defineProperty(stub, 'bind', BIND)
  return stub
}

/**
 * `f.bind(self, …args)` of a multistate f. Function.prototype.bind's result hides f from the
 * runtime, so VT_spawn or a dynamic call would call it plainly; this one is the same bound function,
 * made startable too (and bindable again: a bound function keeps its `this` and adds arguments).
 */
function bindEntry(this: (...args: unknown[]) => unknown, self: unknown, ...bound: unknown[]): unknown {
  const plain = reflectApply(bindFunction, this, concat([self], bound)) as (...args: unknown[]) => unknown
  const entry = weakMapGet(entries, this)
  if (entry === undefined) return plain
  return register(plain, { sm: entry.sm, create: (_ignored, args) => entry.create(self, concat(bound, args)), info: undefined, self: undefined, stub: plain })
}

const BIND = { __proto__: null, value: bindEntry, writable: true, configurable: true } as PropertyDescriptor

const ENTRY = Symbol('vtify entry')

/** Generated code: what a function value is, if it is a multistate function (a call of one it knows runs in CPS). */
export function calleeEntry(value: unknown): Entry | undefined {
  if (typeof value !== 'function') return undefined
  // A function given the properties of a multistate one (Vitest's vi.spyOn copies them onto its
  // spy) is not that function: called through a value, it runs plainly, as it does in the source.
  const entry = (value as { [ENTRY]?: Entry })[ENTRY]
  return entry !== undefined && entry.stub === value ? entry : undefined
}

export function entryOf(value: unknown): Entry | undefined {
  return typeof value === 'function' ? weakMapGet(entries, value) : undefined
}
