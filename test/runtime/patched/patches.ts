// The ways program.ts breaks built-ins after the runtime has loaded, by name. A replaced function
// throws, so that any use of it after the patch is seen. Patching uses only what it captured
// first: the patches of "all" run one after another.

type Patch = () => void

const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf } = Object
const text = String
const global = globalThis as unknown as Record<string, unknown>

function poison(what: string): () => never {
  return () => {
    throw new Error(`patched ${what} was called`)
  }
}

/** Replace `target[key]` by a throwing function; a getter by a throwing getter. */
function replace(target: object, name: string, keys: readonly (string | symbol)[]): void {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string | symbol
    const what = `${name}.${text(key)}`
    const getter = getOwnPropertyDescriptor(target, key)?.get !== undefined
    defineProperty(target, key, getter ? { get: poison(what), configurable: true } : { value: poison(what), writable: true, configurable: true })
  }
}

const arrayIterator = getPrototypeOf([][Symbol.iterator]()) as object
const mapIterator = getPrototypeOf(new Map().values()) as object
const setIterator = getPrototypeOf(new Set().values()) as object
const typedArray = getPrototypeOf(Uint8Array.prototype) as object

export const patches: Record<string, Patch> = {
  none: () => undefined,
  'array-iterator': () => {
    Reflect.deleteProperty(Array.prototype, Symbol.iterator)
    replace(arrayIterator, 'ArrayIterator', ['next'])
  },
  // Not pop: Node 20 calls Array.prototype.pop itself after every immediate and timer callback
  // (popAsyncContext in internal/async_hooks), so with pop replaced Node's event loop fails.
  'array-methods': () =>
    replace(Array.prototype, 'Array.prototype', [
      'push',
      'shift',
      'unshift',
      'splice',
      'slice',
      'indexOf',
      'includes',
      'map',
      'forEach',
      'filter',
      'join',
      'fill',
      'concat',
      'reverse',
      'find',
      'some',
      'every',
      'at',
    ]),
  collections: () => {
    replace(Map.prototype, 'Map.prototype', ['get', 'set', 'has', 'delete', 'forEach', 'keys', 'values', 'entries', 'size', Symbol.iterator])
    replace(Set.prototype, 'Set.prototype', ['add', 'has', 'delete', 'forEach', 'values', 'entries', 'size', Symbol.iterator])
    replace(WeakMap.prototype, 'WeakMap.prototype', ['get', 'set', 'has', 'delete'])
    replace(WeakSet.prototype, 'WeakSet.prototype', ['add', 'has', 'delete'])
    replace(mapIterator, 'MapIterator', ['next'])
    replace(setIterator, 'SetIterator', ['next'])
  },
  functions: () => replace(Function.prototype, 'Function.prototype', ['call', 'apply', 'bind']),
  promises: () => {
    replace(Promise.prototype, 'Promise.prototype', ['then', 'catch', 'finally'])
    replace(Promise, 'Promise', ['resolve', 'reject', 'all', 'race'])
    replace(global, 'globalThis', ['Promise'])
  },
  timers: () => replace(global, 'globalThis', ['setImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearImmediate', 'queueMicrotask']),
  statics: () => {
    replace(Reflect, 'Reflect', ['apply', 'construct', 'defineProperty', 'getPrototypeOf', 'ownKeys', 'get', 'set', 'has'])
    replace(Error, 'Error', ['captureStackTrace'])
    replace(Number, 'Number', ['isInteger'])
    replace(Math, 'Math', ['min', 'max'])
    replace(String.prototype, 'String.prototype', ['split', 'trim', 'replace', 'indexOf', 'slice', 'startsWith', 'concat'])
    replace(RegExp.prototype, 'RegExp.prototype', ['exec', Symbol.replace, Symbol.split])
    replace(typedArray, 'TypedArray.prototype', ['set', 'subarray', 'fill', Symbol.iterator])
    replace(Error, 'Error', [Symbol.hasInstance])
    replace(Uint8Array, 'Uint8Array', [Symbol.hasInstance])
    replace(global, 'globalThis', ['Uint8Array', 'TypeError', 'RangeError', 'String', 'Array', 'Reflect'])
    // last: everything above used Object's own functions
    replace(Object, 'Object', ['defineProperty', 'assign', 'getPrototypeOf', 'setPrototypeOf', 'keys', 'create', 'getOwnPropertyDescriptor'])
  },
}

patches.all = () => {
  const names = ['array-iterator', 'array-methods', 'collections', 'functions', 'promises', 'timers', 'statics']
  for (let i = 0; i < names.length; i++) (patches[names[i] as string] as Patch)()
}
