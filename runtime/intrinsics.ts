// The built-ins the runtime uses, captured when it loads. User code may replace or delete
// built-ins afterwards — test262 does (`delete Array.prototype[Symbol.iterator]`, a throwing
// Promise.prototype.then, another globalThis.setTimeout) — and the threads it runs must still be
// scheduled, woken and settled. So the runtime reads no global late and calls no method of a
// built-in prototype through an object; it calls these instead (docs/runtime.md §12). Constructors
// and timer functions keep their names: modules import them, shadowing the globals.

const { call, bind } = Function.prototype

/** `method` as a function of (receiver, ...args); bound now, so patching `call` later does not reach it. */
function uncurryThis<T, A extends unknown[], R>(method: (this: T, ...args: A) => R): (self: T, ...args: A) => R {
  return bind.call(call, method) as (self: T, ...args: A) => R
}

export const reflectApply = Reflect.apply
export const defineProperty = Object.defineProperty
export const getPrototypeOf = Object.getPrototypeOf
export const setPrototypeOf = Object.setPrototypeOf
export const objectKeys = Object.keys
export const hasOwn = Object.hasOwn
export const isInteger = Number.isInteger
export const min = Math.min
export const imul = Math.imul
export const clz32 = Math.clz32
export const { load: atomicLoad, store: atomicStore, add: atomicAdd, exchange: atomicExchange, compareExchange: atomicCompareExchange } = Atomics
export const fromCharCode = String.fromCharCode
/** Function.prototype.bind, for reflectApply. */
export const bindFunction = bind

const NativeError = Error
const NativeTypeError = TypeError
const NativeRangeError = RangeError
const NativeReferenceError = ReferenceError
const NativeString = String
const NativeUint8Array = Uint8Array
const NativeInt32Array = Int32Array
const NativeArray = Array
export {
  NativeError as Error,
  NativeTypeError as TypeError,
  NativeRangeError as RangeError,
  NativeReferenceError as ReferenceError,
  NativeString as String,
  NativeUint8Array as Uint8Array,
  NativeInt32Array as Int32Array,
  NativeArray as Array,
}

/** Error.captureStackTrace where the engine has it (V8). */
export const captureStackTrace = (Error as { captureStackTrace?: (target: object, below?: unknown) => void }).captureStackTrace

const hasInstance = uncurryThis(Function.prototype[Symbol.hasInstance])
/** `value instanceof Error`, whatever user code gives Error as Symbol.hasInstance. */
export const isError = (value: unknown): value is Error => hasInstance(NativeError, value)
/** `value instanceof Uint8Array` (a Node Buffer is one), likewise. */
export const isUint8Array = (value: unknown): value is Uint8Array => hasInstance(NativeUint8Array, value)
/** Whether `value` is an object (a function is one): what the language's Object type holds, as its checks ask (`Type(x) is Object`). */
export const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function'

const TypedArray = Object.getPrototypeOf(Uint8Array.prototype) as Uint8Array
export const bytesSet = uncurryThis(TypedArray.set) as (self: Uint8Array, source: Uint8Array, offset: number) => void
export const bytesSubarray = uncurryThis(TypedArray.subarray) as (self: Uint8Array, begin: number, end: number) => Uint8Array

const encoder = new TextEncoder()
const encode = uncurryThis(TextEncoder.prototype.encode)
/** A string as UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => encode(encoder, text)

export const stringIndexOf = uncurryThis(String.prototype.indexOf)
export const stringSlice = uncurryThis(String.prototype.slice)

export const mapGet = uncurryThis(Map.prototype.get) as <K, V>(map: Map<K, V>, key: K) => V | undefined
export const mapSet = uncurryThis(Map.prototype.set) as <K, V>(map: Map<K, V>, key: K, value: V) => Map<K, V>
export const mapDelete = uncurryThis(Map.prototype.delete) as <K>(map: Map<K, unknown>, key: K) => boolean
export const mapHas = uncurryThis(Map.prototype.has) as <K>(map: Map<K, unknown>, key: K) => boolean
export const mapForEach = uncurryThis(Map.prototype.forEach) as <K, V>(map: Map<K, V>, visit: (value: V, key: K) => void) => void
export const setHas = uncurryThis(Set.prototype.has) as <T>(set: Set<T>, item: T) => boolean
export const setAdd = uncurryThis(Set.prototype.add) as <T>(set: Set<T>, item: T) => Set<T>
export const setDelete = uncurryThis(Set.prototype.delete) as <T>(set: Set<T>, item: T) => boolean
export const setForEach = uncurryThis(Set.prototype.forEach) as <T>(set: Set<T>, visit: (item: T) => void) => void
export const ownKeys = Reflect.ownKeys
export const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor
export const isArray = Array.isArray

export const weakMapGet = uncurryThis(WeakMap.prototype.get) as <K extends object, V>(map: WeakMap<K, V>, key: K) => V | undefined
export const weakMapSet = uncurryThis(WeakMap.prototype.set) as <K extends object, V>(map: WeakMap<K, V>, key: K, value: V) => WeakMap<K, V>
export const weakMapHas = uncurryThis(WeakMap.prototype.has) as <K extends object>(map: WeakMap<K, unknown>, key: K) => boolean

const host = globalThis as unknown as { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout }
const nativeSetTimeout = host.setTimeout
const nativeClearTimeout = host.clearTimeout
export { nativeSetTimeout as setTimeout, nativeClearTimeout as clearTimeout }

/** Milliseconds of a monotonic clock (performance.now; Date.now where a host has no performance). */
const performance = (globalThis as { performance?: { now(): number } }).performance
export const now: () => number = performance === undefined ? Date.now : (bindFunction.call(performance.now, performance) as () => number)

/**
 * Run `task` in a microtask, like queueMicrotask (as cheap, in Node), but served by the engine
 * alone: awaiting undefined involves no built-in user code can reach, where Node's
 * queueMicrotask runs JavaScript of its own that calls Array.prototype.pop.
 */
export async function soon(task: () => void): Promise<void> {
  await undefined
  task()
}

const NativePromise = Promise
export { NativePromise as Promise }
const PromisePrototype: object = Promise.prototype

/** A promise of this realm's Promise, not a subclass nor a thenable: `await` needs no `then` of it. */
export function isNativePromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && getPrototypeOf(value) === PromisePrototype
}

/** What settle tells when a promise settles. */
export interface Settlement<T> {
  fulfilled(value: T): void
  rejected(error: unknown): void
}

/**
 * Call to.fulfilled or to.rejected when `promise` settles, as `await promise` would: for a native
 * promise that is the engine's own reaction, not whatever Promise.prototype.then is by then.
 * Same timing as `promise.then(…)`. An object rather than two functions, so that VT_await, which
 * settles into the thread's waiter, allocates no closures (docs/benchmarks.md, "VT_await of a
 * settled promise").
 */
export async function settle<T>(promise: PromiseLike<T>, to: Settlement<T>): Promise<void> {
  let value: T
  try {
    value = await promise
  } catch (error) {
    to.rejected(error)
    return
  }
  to.fulfilled(value)
}

/** settle, telling two functions. */
export function whenSettled<T>(promise: PromiseLike<T>, onFulfilled: (value: T) => void, onRejected: (error: unknown) => void): Promise<void> {
  return settle(promise, { fulfilled: onFulfilled, rejected: onRejected })
}
