// What code that vtify does not compile does with a callback, as far as VT1002's advice depends on
// it: an array method calls it once per element, in order, and uses what it returns (a for…of loop
// does the same in the thread); a timer or an event source calls it later and ignores what it
// returns (the callback can start the work as a thread of its own without changing what happens);
// anything else may need the callback's result or its work done when it returns.

export type CallbackHost = 'array' | 'deferred' | 'other'

/** Array-like receivers whose methods iterate their elements. */
const ARRAYS = /^(?:Readonly)?Array\.|^(?:Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float16|Float32|Float64|BigInt64|BigUint64)Array\./

/** Functions and methods that call their callback later and ignore its result. */
const DEFERRED = new Set([
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'nextTick',
  'requestAnimationFrame',
  'requestIdleCallback',
  'on',
  'once',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
])

/** `name`: the untransformed callee as the model names it (`Array.forEach`, `setTimeout`, `EventEmitter.on`). */
export function callbackHost(name: string): CallbackHost {
  if (ARRAYS.test(name)) return 'array'
  return DEFERRED.has(name.slice(name.lastIndexOf('.') + 1)) ? 'deferred' : 'other'
}
