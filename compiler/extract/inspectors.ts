// Untransformed code known to look at the functions it is given without calling them: comparing
// (`Object.is(f, g)`, `set.has(f)`), describing (`JSON.stringify(f)`, `console.log(f)`) or
// reading properties (`Object.getOwnPropertyNames(f)`). A multistate function passed there is no
// callback, so no VT1002 — test262's harness does this with every method it checks
// (`assert.sameValue(c.m, C.prototype.m)` formats its arguments with JSON.stringify). The other
// arguments of these calls (a replacer, a property descriptor) may still be called.

const OBJECT_ONE = [
  'defineProperty',
  'defineProperties',
  'create',
  'getOwnPropertyDescriptor',
  'getOwnPropertyDescriptors',
  'getOwnPropertyNames',
  'getOwnPropertySymbols',
  'getPrototypeOf',
  'keys',
  'values',
  'entries',
  'fromEntries',
  'hasOwn',
  'freeze',
  'isFrozen',
  'seal',
  'isSealed',
  'preventExtensions',
  'isExtensible',
]
const KEYED = ['Set.has', 'Set.delete', 'Map.has', 'Map.get', 'Map.delete', 'WeakMap.has', 'WeakMap.get', 'WeakMap.delete', 'WeakSet.has', 'WeakSet.delete']
const CONSOLE = ['log', 'error', 'warn', 'info', 'debug']

/** External name (callee.ts) → the argument positions never called; `all`: none is. */
const INSPECTED: ReadonlyMap<string, readonly number[] | 'all'> = new Map<string, readonly number[] | 'all'>([
  ['JSON.stringify', [0]],
  ['String', [0]],
  ['ObjectConstructor.is', [0, 1]],
  ['ObjectConstructor.setPrototypeOf', [0, 1]],
  ['ArrayConstructor.isArray', [0]],
  // Copies the sources' methods; their getters it calls can never suspend anyway (VT1004).
  ['ObjectConstructor.assign', 'all'],
  ['Array.includes', [0]],
  ['Array.indexOf', [0]],
  ['Array.lastIndexOf', [0]],
  ...OBJECT_ONE.map((m) => [`ObjectConstructor.${m}`, [0]] as const),
  ...KEYED.map((m) => [m, [0]] as const),
  ...CONSOLE.map((m) => [`Console.${m}`, 'all'] as const),
])

/**
 * Removing a listener — an emitter's `off` and `removeListener`, an EventTarget's
 * `removeEventListener`, of whatever class declares them (`Socket.off`) — compares the function
 * given (second) with those added: it never calls it. Its `on` is the call that matters (VT1002),
 * and the advice to start a thread from a wrapper would, here, remove nothing.
 */
const REMOVERS = new Set(['off', 'removeListener', 'removeEventListener'])

/** Whether untransformed code `external` never calls its argument at `index`. */
export function inspectsOnly(external: string, index: number): boolean {
  const positions = INSPECTED.get(external)
  if (positions === 'all' || (positions?.includes(index) ?? false)) return true
  return index === 1 && REMOVERS.has(external.slice(external.lastIndexOf('.') + 1))
}

/**
 * Property descriptors among the arguments: `Object.defineProperty(o, k, { get, set, value })`
 * installs `get` and `set` as accessors (JavaScript calls them; a `value` it only stores), and
 * `Object.defineProperties(o, { k: descriptor })` and `Object.create(proto, { k: descriptor })`
 * take a map of them. External name → argument position → whether it is such a map.
 */
type Descriptors = 'one' | 'map'
const DESCRIPTORS = new Map<string, ReadonlyMap<number, Descriptors>>([
  ['ObjectConstructor.defineProperty', new Map<number, Descriptors>([[2, 'one']])],
  ['ObjectConstructor.defineProperties', new Map<number, Descriptors>([[1, 'map']])],
  ['ObjectConstructor.create', new Map<number, Descriptors>([[1, 'map']])],
])

/** Whether the argument at `index` of untransformed code `external` is a descriptor, or a map of them. */
export function descriptorArgument(external: string, index: number): Descriptors | undefined {
  return DESCRIPTORS.get(external)?.get(index)
}

/**
 * Untransformed code that returns one of its arguments: `Object.freeze(f)` is f, and so is
 * `Object.defineProperty(f, 'name', …)` (esbuild's `__name` helper). External name → the position.
 */
const RETURNED = new Map<string, number>(
  ['defineProperty', 'defineProperties', 'freeze', 'seal', 'preventExtensions', 'setPrototypeOf', 'assign'].map((m) => [`ObjectConstructor.${m}`, 0]),
)

/** The position of the argument untransformed code `external` returns, if it returns one. */
export function returnedArgument(external: string): number | undefined {
  return RETURNED.get(external)
}
