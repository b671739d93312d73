// The life of a thread: started once, ended exactly once (returned, threw, or cancelled), its outcome handed
// to whoever waits for it — joiners, the parent of a dynamic call, the promise of VT_run — and an
// error nobody consumed kept to be reported once, with its logical stack (unjoined.ts).

import { Error, Promise, TypeError, reflectApply } from './intrinsics.js'
import { enqueue, complete, fail } from './loop.js'
import { addLive, removeLive } from './live.js'
import {
  Continuation,
  NO_ERROR,
  OVER,
  QUEUED,
  RETURN,
  THROWN,
  errorOf,
  extrasOf,
  isItsCancellation,
  setError,
  type Signal,
  type ThreadExtras,
} from './protocol.js'
import { entryOf, multistate } from './registry.js'
import { handOff, setThreadEnd } from './throw.js'
import { keepUnjoined } from './unjoined.js'

export { eachLiveThread, liveThreadCount } from './live.js'

export const threadCounters = { spawned: 0, returned: 0, threw: 0, cancelled: 0 }

/** The continuation of a thread running a single-state function (VT_spawn of a plain function). */
class PlainThread extends Continuation {
  target: (...args: unknown[]) => unknown
  self: unknown
  args: readonly unknown[]
  constructor(target: (...args: unknown[]) => unknown, self: unknown, args: readonly unknown[]) {
    super(plainThread, 0)
    this.target = target
    this.self = self
    this.args = args
  }
}

function plainThread(k: PlainThread): Signal {
  k.value = reflectApply(k.target, k.self, k.args)
  return RETURN
}
multistate(plainThread, { name: 'plain function', file: '<not transformed>', lines: [0], calls: [''] })

/** The continuation of a new thread running fn(...args); fn may be multistate or plain. */
export function newThread(fn: unknown, self: unknown, args: readonly unknown[], caller: string): Continuation {
  const entry = entryOf(fn)
  if (entry !== undefined) return entry.create(self, args)
  if (typeof fn === 'function') return new PlainThread(fn as (...args: unknown[]) => unknown, self, args)
  throw new TypeError(`${caller}: expected a function to run in a thread, got ${describe(fn)}`)
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value
}

function register(k: Continuation): void {
  if (k.on === OVER) throw new Error(`thread #${k.id} was already started: a continuation is thrown to by one thread only`)
  addLive(k)
  threadCounters.spawned++
}

/** Start k: appended to the active queue; the caller keeps running (VT_spawn). */
export function startThread(k: Continuation): void {
  register(k)
  enqueue(k)
}

/** Start k as the child of a dynamic call: it runs at once, in place of its parent. */
export function startChild(parent: Continuation, child: Continuation): void {
  register(child)
  extrasOf(child).parent = parent
  handOff(child)
}

/** Set when several event loops run (loops/away.ts): true if it took k's end, k being a guest. */
let guestEnds: ((k: Continuation, error: unknown, value: unknown) => boolean) | null = null

export function setGuestEnds(hook: (k: Continuation, error: unknown, value: unknown) => boolean): void {
  guestEnds = hook
}

/** The resolve and reject functions of the promise last made by runThread (captureResolvers). */
let resolveLast: ((value: unknown) => void) | null = null
let rejectLast: ((error: unknown) => void) | null = null

/** The executor of runThread's promises: a module function, so that no closure is made per thread. */
function captureResolvers(resolve: (value: unknown) => void, reject: (error: unknown) => void): void {
  resolveLast = resolve
  rejectLast = reject
}

/**
 * Start fn(...args) as a thread from ordinary code: the promise of VT_run and VT_start. Its
 * resolve and reject functions are kept as they are, not wrapped: with no closure of its own,
 * VT_run costs half of what it did (docs/benchmarks.md, "A leaner thread").
 */
export function runThread(fn: unknown, args: readonly unknown[], caller: string): Promise<unknown> {
  const k = newThread(fn, undefined, args, caller)
  const done = new Promise<unknown>(captureResolvers)
  const extras = extrasOf(k)
  extras.resolve = resolveLast
  extras.reject = rejectLast
  resolveLast = rejectLast = null // not to keep that promise alive
  startThread(k)
  return done
}

/**
 * k returned `value` (error === NO_ERROR) or threw `error`. Returns the thread to run next in
 * its place: the parent of a dynamic call, which continues at once as after a return.
 */
export function endThread(k: Continuation, error: unknown, value: unknown): Continuation | null {
  // A guest from another event loop (it has extras: it followed a clue) ends at its home instead.
  if (guestEnds !== null && k.extras !== null && guestEnds(k, error, value)) return null
  k.on = OVER
  if (error === NO_ERROR) k.value = value
  else setError(k, error)
  k.frames[0] = 0
  removeLive(k)
  const extras = k.extras
  if (error === NO_ERROR) threadCounters.returned++
  else if (isItsCancellation(k, error)) {
    threadCounters.cancelled++
    extrasOf(k).errorSeen = true // cancelling was the point: not an error to report
  } else threadCounters.threw++
  if (extras === null) {
    if (error !== NO_ERROR) keepUnjoined(k)
    return null
  }
  const parent = extras.parent
  const joiners = extras.joiners
  extras.joiners = null
  if ((joiners !== null && joiners.length > 0) || extras.resolve !== null || parent !== null) extras.errorSeen = true
  else if (error !== NO_ERROR && !extras.errorSeen) keepUnjoined(k)
  if (joiners !== null) for (let i = 0; i < joiners.length; i++) deliver(joiners[i] as Continuation, k)
  if (extras.resolve !== null) settle(extras, error, value)
  if (parent === null) return null
  if (error === NO_ERROR) parent.value = value
  else setError(parent, error)
  parent.on = QUEUED // thrown to at once, in place of the child
  return parent
}
setThreadEnd(endThread)

function settle(extras: ThreadExtras, error: unknown, value: unknown): void {
  if (error === NO_ERROR) (extras.resolve as (value: unknown) => void)(value)
  else (extras.reject as (error: unknown) => void)(error)
}

function deliver(joiner: Continuation, ended: Continuation): void {
  if (ended.value === THROWN) fail(joiner, errorOf(ended))
  else complete(joiner, ended.value)
}

/** VT_join's outcome for an ended thread: its value, or its error thrown. */
export function outcomeOf(ended: Continuation): unknown {
  extrasOf(ended).errorSeen = true
  if (ended.value === THROWN) throw errorOf(ended)
  return ended.value
}
