// The k-passing forms of the multistate primitives: what generated code calls in place of
// VT_yield(…), VT_read(…), … . Each takes the running thread's continuation first and returns
// NEXT (done at once: result in k.value), WAIT (k parked; the event loop will throw to it at its
// resume state with the result or the error), or throws at once at the call site.

import { portOf } from './channels/index.js'
import { asBytes } from './channels/bytes.js'
import { describeArgument } from './errors.js'
import {
  Error,
  Promise,
  RangeError,
  TypeError,
  isArray,
  isInteger,
  isNativePromise,
  isObject,
  isUint8Array,
  min,
  reflectApply,
  settle,
  type Settlement,
} from './intrinsics.js'
import { append, sliceFrom } from './lists.js'
import { complete, fail, yieldRunning } from './loop.js'
import type { Port } from './channels/port.js'
import { Continuation, NEXT, OVER, WAIT, extrasOf, type Signal, type Waiter } from './protocol.js'
import { entryOf } from './registry.js'
import { sleep } from './sleep.js'
import { callAtHome, isElsewhere } from './loops/handles.js'
import { homeOf, isGuest } from './loops/migrant.js'
import { outcomeOf, startChild } from './threads.js'

/**
 * VT_yield(…args): run again after every other runnable thread has run once. Generated code uses
 * this form only when VT_yield is given arguments (evaluated, then ignored); for `VT_yield()` its
 * state machine returns YIELD and the event loop queues the thread (docs/runtime.md §3).
 */
export function kYield(k: Continuation): Signal {
  yieldRunning(k)
  return WAIT
}

/** VT_sleep(ms): parked in the batch of its round and ms (sleep.ts). */
export function kSleep(k: Continuation, ms: number): Signal {
  if (typeof ms !== 'number' || !(ms >= 0)) throw new RangeError(`VT_sleep: ms must be a number ≥ 0, got ${describeArgument(ms)}`)
  sleep(k, ms)
  return WAIT
}

/** A pending VT_await: once the thread is cancelled, the promise settling is ignored. */
class PromiseWait implements Waiter, Settlement<unknown> {
  private live = true
  constructor(private readonly k: Continuation) {}
  fulfilled(value: unknown): void {
    if (this.live) complete(this.k, value)
  }
  rejected(error: unknown): void {
    if (this.live) fail(this.k, error)
  }
  unpark(): void {
    this.live = false
  }
}

/**
 * VT_await(p): a non-thenable is its own value at once; a thenable parks until it settles. A
 * native promise is awaited as `await` does, without its `then`: user code may have replaced
 * Promise.prototype.then, which `await` never calls. Any other thenable's `then` is called.
 */
export function kAwait(k: Continuation, p: unknown): Signal {
  if (isNativePromise(p)) {
    const wait = new PromiseWait(k)
    k.on = wait
    void settle(p, wait)
    return WAIT
  }
  const then = typeof p === 'object' || typeof p === 'function' ? (p as { then?: unknown } | null)?.then : undefined
  if (typeof then !== 'function') {
    k.value = p
    return NEXT
  }
  const wait = new PromiseWait(k)
  k.on = wait
  void settle(adopt(p as object, then as (...args: unknown[]) => unknown), wait)
  return WAIT
}

/**
 * A native promise that settles as thenable `p` does, as `await` adopts a thenable: `then` is
 * called with resolve and reject functions that act once (a second call, or a throw after the
 * first, is ignored), and a thenable it resolves with is followed in turn. Calling `then` with
 * callbacks of our own resumed the thread twice when both ran, and resumed it before it had
 * parked when `then` called one at once — a "resumed while not waiting" error that ended the
 * process.
 */
function adopt(p: object, then: (...args: unknown[]) => unknown): Promise<unknown> {
  return new Promise((resolve, reject) => void reflectApply(then, p, [resolve, reject]))
}

/** VT_join(t): t's result, or t's error thrown here. */
export function kJoin(k: Continuation, t: unknown): Signal {
  if (!(t instanceof Continuation)) throw new TypeError('VT_join: expected a thread handle returned by VT_spawn')
  if (t === k) throw new Error(`VT_join: thread #${k.id} cannot join itself (it would wait forever)`)
  if (isGuest(t)) throw new Error(`VT_join: thread #${t.id} started on event loop #${homeOf(t.id)} and is only passing through this one: join it from there`)
  if (t.on === OVER) {
    k.value = outcomeOf(t)
    return NEXT
  }
  const extras = extrasOf(t)
  append((extras.joiners ??= []), k)
  k.on = t
  return WAIT
}

/** A port operation that parked k: remember the port, which can unpark k if it is cancelled. */
function parkedOn(port: Port, k: Continuation, signal: Signal): Signal {
  if (signal === WAIT) k.on = port
  return signal
}

function count(primitive: string, length: number, n: number | undefined): number {
  if (n === undefined) return length
  if (!isInteger(n) || n < 0) throw new RangeError(`${primitive}: n must be an integer ≥ 0, got ${describeArgument(n)}`)
  return min(n, length)
}

/** VT_read(ch, buf, n = buf.length): 1..n bytes read into buf, or 0 at end of stream. */
export function kRead(k: Continuation, ch: unknown, buf: Uint8Array, n?: number): Signal {
  if (!isUint8Array(buf)) throw new TypeError('VT_read: buf must be a Uint8Array')
  const max = count('VT_read', buf.length, n)
  if (isElsewhere(ch)) return callAtHome(k, ch, 'read', [ch, buf, n])
  const port = portOf(ch, 'read', 'VT_read')
  if (max === 0) {
    k.value = 0
    return NEXT
  }
  return parkedOn(port, k, (port.read as NonNullable<typeof port.read>)(k, buf, max))
}

/** VT_write(ch, data, n = data.length): all n bytes written; waits while the channel is full. */
export function kWrite(k: Continuation, ch: unknown, data: Uint8Array | string, n?: number): Signal {
  const bytes = asBytes(data)
  const total = count('VT_write', bytes.length, n)
  if (isElsewhere(ch)) return callAtHome(k, ch, 'write', [ch, bytes, total])
  const port = portOf(ch, 'write', 'VT_write')
  if (total === 0) {
    k.value = 0
    return NEXT
  }
  return parkedOn(port, k, (port.write as NonNullable<typeof port.write>)(k, bytes, total))
}

/** VT_accept(server): the next connection. */
export function kAccept(k: Continuation, server: unknown): Signal {
  if (isElsewhere(server)) return callAtHome(k, server, 'accept', [server])
  const port = portOf(server, 'accept', 'VT_accept')
  return parkedOn(port, k, (port.accept as NonNullable<typeof port.accept>)(k))
}

/**
 * A call through a function value the compiler could not bound (docs/semantics.md, "Calls through values"; paper §5.1).
 * A plain function is simply called. A multistate one runs in a child thread started at once in
 * place of the caller, which is resumed — also at once — with the child's result or error.
 */
const callFunction: unknown = Function.prototype.call
const applyFunction: unknown = Function.prototype.apply

/**
 * The arguments of `f.apply(t, list)` and `Reflect.apply(f, t, list)` as an array: the list is an
 * array-like object (`{ length: 2, 0: a, 1: b }`, `arguments`: copied, as the built-ins read it),
 * or for `apply` null or undefined (none). Anything else, or f not a function, takes the plain
 * path in kCall, where the built-in itself throws its own TypeError.
 */
function listOf(list: ArrayLike<unknown> | null | undefined): readonly unknown[] {
  if (list == null) return []
  return isArray(list) ? list : sliceFrom(list, 0)
}

export function kCall(k: Continuation, callee: unknown, self: unknown, args: readonly unknown[]): Signal {
  // `f.call(t, …)` and `f.apply(t, [ … ])` call f: a multistate f must run as a child thread too.
  if (callee === callFunction) return kCall(k, self, args[0], sliceFrom(args, 1))
  if (callee === applyFunction && typeof self === 'function' && (args[1] == null || isObject(args[1])))
    return kCall(k, self, args[0], listOf(args[1] as ArrayLike<unknown> | null | undefined))
  if (callee === reflectApply && typeof args[0] === 'function' && isObject(args[2])) return kCall(k, args[0], args[1], listOf(args[2] as ArrayLike<unknown>))
  const entry = entryOf(callee)
  if (entry === undefined) {
    if (typeof callee !== 'function') throw new TypeError(`dynamic call: the callee is ${callee === null ? 'null' : typeof callee}, not a function`)
    k.value = reflectApply(callee as (...a: unknown[]) => unknown, self, args)
    return NEXT
  }
  const child = entry.create(self, args)
  k.on = child
  startChild(k, child)
  return WAIT
}
