// What may cross to another event loop (docs/runtime.md §14.3): a value that structured clone
// copies without changing its meaning. Structured clone itself is not the test: it copies a class
// instance as a plain object (its methods gone), drops symbol-keyed and non-enumerable
// properties, and keeps only an error's message — a thread would run on with different data and
// no error. So the live values of a migrating thread are checked first, and the first value that
// would not arrive as it left is named. Node's Buffer is the one class instance that crosses:
// structured clone copies it as a plain Uint8Array, so the check lists the Buffers it passes and
// the receiving loop gives them back their prototype (asBuffers).

import {
  String,
  Uint8Array,
  isInteger,
  reflectApply,
  getOwnPropertyDescriptor,
  getPrototypeOf,
  isArray,
  isError,
  mapForEach,
  ownKeys,
  setAdd,
  setForEach,
  setHas,
  setPrototypeOf,
} from '../intrinsics.js'
import { append } from '../lists.js'
import { nodeBuiltin } from '../work/host-threads.js'

const objectToString = Object.prototype.toString

interface NodeUtil {
  readonly types: { isProxy(value: unknown): boolean }
}

/**
 * Structured clone throws at a proxy, however plain its target looks (and reading through it
 * runs its traps); only Node can tell one. Where it cannot, loops are not worker threads either.
 */
const isProxy: (value: object) => boolean = /* @__PURE__ */ nodeIsProxy()

function nodeIsProxy(): (value: object) => boolean {
  return nodeBuiltin<NodeUtil>('node:util')?.types.isProxy ?? (() => false)
}

interface NodeBuffer {
  readonly Buffer: { readonly prototype: object }
}

/** Buffer.prototype where there is Node; a Buffer is a Uint8Array with this prototype. */
const BUFFER_PROTOTYPE: object | undefined = /* @__PURE__ */ bufferPrototype()

function bufferPrototype(): object | undefined {
  return nodeBuiltin<NodeBuffer>('node:buffer')?.Buffer.prototype
}

const prototypes = (classes: readonly { prototype: unknown }[]): Set<unknown> => new Set(classes.map((c) => c.prototype))

const PLAIN_PROTOTYPES = /* @__PURE__ */ prototypes([Object, Array])

/**
 * Views whose elements structured clone copies. Their own properties other than the indices are
 * dropped, and not checked: listing them means listing every index.
 */
const TYPED_ARRAYS = /* @__PURE__ */ prototypes([
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
])

/** Built-ins whose state structured clone copies exactly (a subclass's prototype is not here), but not a property of their own. */
const CLONED_AS_IS = /* @__PURE__ */ prototypes([
  Date,
  RegExp,
  ArrayBuffer,
  Boolean,
  Number,
  String,
  // absent from a browser page that is not cross-origin isolated
  ...(typeof SharedArrayBuffer === 'function' ? [SharedArrayBuffer] : []),
])

const ERROR_PROTOTYPES = /* @__PURE__ */ prototypes([Error, TypeError, RangeError, ReferenceError, SyntaxError, EvalError, URIError])

/** Own keys an error may have and still arrive as it left. */
const ERROR_KEYS: Set<PropertyKey> = new Set(['message', 'stack', 'cause'])

const NONE: object[] = []
/** Where the check in progress lists the Buffers it lets by (NONE between checks: nothing kept alive). */
let buffersFound: object[] = NONE

/**
 * Why `value` cannot cross unchanged (the message says where inside it), or null if it can. The
 * Buffers in it are appended to `buffers`: send them in the same message as the value, so that
 * they arrive as the same objects as those inside it, and give them to asBuffers there.
 */
export function untransferable(value: unknown, buffers: object[]): string | null {
  buffersFound = buffers
  const why = check(value, '', undefined)
  buffersFound = NONE
  return why
}

/** Buffers that crossed (as plain Uint8Arrays) are Buffers again: the same objects, the same bytes. */
export function asBuffers(arrived: readonly object[]): void {
  for (let i = 0; i < arrived.length; i++) setPrototypeOf(arrived[i], BUFFER_PROTOTYPE as object)
}

/** `visited`: the objects visited so far, made at the first object (most live variables are primitives: none). */
function check(value: unknown, path: string, visited: Set<object> | undefined): string | null {
  if (typeof value === 'function') return `${at(path)}a function`
  if (typeof value === 'symbol') return `${at(path)}a symbol`
  if (typeof value !== 'object' || value === null) return null
  if (isProxy(value)) return `${at(path)}a proxy, which structured clone cannot copy`
  const seen = visited ?? new Set<object>()
  if (setHas(seen, value)) return null
  setAdd(seen, value)
  const proto: unknown = getPrototypeOf(value)
  if (proto === Map.prototype) return ownProperty(value, proto, path) ?? entries(value as Map<unknown, unknown>, path, seen)
  if (proto === Set.prototype) return ownProperty(value, proto, path) ?? members(value as Set<unknown>, path, seen)
  if (setHas(TYPED_ARRAYS, proto) || (proto === BUFFER_PROTOTYPE && proto !== undefined)) return view(value as ArrayBufferView, proto, path)
  if (setHas(CLONED_AS_IS, proto)) return builtin(value, proto, path)
  if (isError(value)) return builtinError(value, path, seen)
  if (proto === null) return `${at(path)}an object without a prototype, which would arrive with Object.prototype`
  if (!setHas(PLAIN_PROTOTYPES, proto)) return `${at(path)}${instanceOf(value, proto)}`
  return properties(value, path, seen)
}

function properties(value: object, path: string, seen: Set<object>): string | null {
  const keys = ownKeys(value)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string | symbol
    if (typeof key === 'symbol') return `${at(path)}an object with a symbol-keyed property (${String(key)}), which would be dropped`
    if (isArray(value) && key === 'length') continue
    const descriptor = getOwnPropertyDescriptor(value, key) as PropertyDescriptor
    if (descriptor.get !== undefined || descriptor.set !== undefined) return `${at(path)}an object with an accessor (${key})`
    if (!descriptor.enumerable) return `${at(path)}an object with a non-enumerable property (${key}), which would be dropped`
    const why = check(descriptor.value, `${path}${isArray(value) ? `[${key}]` : `.${key}`}`, seen)
    if (why !== null) return why
  }
  return null
}

/** A typed array, DataView or Buffer: its memory must be there to copy. */
function view(value: ArrayBufferView, proto: unknown, path: string): string | null {
  if (detached(value.buffer)) return `${at(path)}a view of a detached ArrayBuffer, which cannot be copied`
  if (proto === BUFFER_PROTOTYPE) append(buffersFound, value)
  return null
}

/** A built-in of CLONED_AS_IS: what of it would not arrive. */
function builtin(value: object, proto: unknown, path: string): string | null {
  if (proto === RegExp.prototype && (value as RegExp).lastIndex !== 0) {
    return `${at(path)}a regular expression whose lastIndex is ${String((value as RegExp).lastIndex)}, which would arrive as 0`
  }
  if (proto === ArrayBuffer.prototype && detached(value as ArrayBuffer)) return `${at(path)}a detached ArrayBuffer, which cannot be copied`
  return ownProperty(value, proto, path)
}

/**
 * The first property of a built-in's own that structured clone drops (a boxed string's indices
 * and length, and a regular expression's lastIndex, are its state).
 */
function ownProperty(value: object, proto: unknown, path: string): string | null {
  const keys = ownKeys(value)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string | symbol
    if (key === 'lastIndex' && proto === RegExp.prototype) continue
    if (proto === String.prototype && (key === 'length' || isIndex(key))) continue
    return `${at(path)}${instanceOf(value, proto)} with a property of its own (${String(key)}), which would be dropped`
  }
  return null
}

function isIndex(key: string | symbol): boolean {
  if (typeof key !== 'string') return false
  const n = +key
  return isInteger(n) && n >= 0 && String(n) === key
}

/** Whether an ArrayBuffer's memory was transferred away (no view can be made on it then). */
function detached(buffer: ArrayBufferLike): boolean {
  try {
    new Uint8Array(buffer, 0, 0)
    return false
  } catch {
    return true
  }
}

function entries(map: Map<unknown, unknown>, path: string, seen: Set<object>): string | null {
  let why: string | null = null
  mapForEach(map, (item, key) => {
    why ??= check(key, `${path} (a key)`, seen) ?? check(item, `${path}.get(${typeof key === 'string' ? `'${key}'` : '…'})`, seen)
  })
  return why
}

function members(set: Set<unknown>, path: string, seen: Set<object>): string | null {
  let why: string | null = null
  setForEach(set, (item) => {
    why ??= check(item, `${path} (a member)`, seen)
  })
  return why
}

function builtinError(error: Error, path: string, seen: Set<object>): string | null {
  const proto: unknown = getPrototypeOf(error)
  if (!setHas(ERROR_PROTOTYPES, proto)) return `${at(path)}${instanceOf(error, proto)} (an error class of its own arrives as a plain Error)`
  const keys = ownKeys(error)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string | symbol
    if (!setHas(ERROR_KEYS, key)) return `${at(path)}an error with a property of its own (${String(key)}), which would be dropped`
  }
  return check((error as { cause?: unknown }).cause, `${path}.cause`, seen)
}

function instanceOf(value: object, proto: unknown): string {
  const tag = reflectApply(objectToString, value, []) as string
  if (tag.endsWith(' Iterator]')) return `an iterator (${tag.slice(8, -1)}: a for…of loop's, say — loop over an index instead)`
  const ctor = (proto as { constructor?: { name?: unknown; prototype?: unknown } } | null)?.constructor
  if (ctor === undefined || ctor.prototype !== proto || typeof ctor.name !== 'string' || ctor.name === '') return 'an object with a prototype of its own'
  return ctor.name === 'Promise' ? 'a promise' : `an instance of ${ctor.name}`
}

function at(path: string): string {
  return path === '' ? '' : `${path} is `
}
