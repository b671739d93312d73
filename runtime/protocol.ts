// The continuation protocol: the contract between the code vtify generates and this runtime.
// docs/runtime.md is the specification; this file is its executable half. Generated code
// imports these names from 'vtify/runtime' and must use exactly the shapes described here.

import { Error } from './intrinsics.js'
import { filled } from './lists.js'
import { PROTOCOL_VERSION } from './surface.js'

/**
 * Called by every generated module as it loads, with the protocol version its compiler spoke:
 * code compiled by another vtify than this runtime's would otherwise link (the names it imports
 * are still here) and then run wrongly.
 */
export function protocol(version: number, file: string): void {
  if (version === PROTOCOL_VERSION) return
  throw new Error(
    `vtify: ${file} was compiled for vtify/runtime protocol ${version}, but this vtify/runtime speaks protocol ${PROTOCOL_VERSION}: ` +
      'compile it again with the vtify whose runtime you run (the compiler and vtify/runtime of one version go together)',
  )
}

/**
 * What a state machine or a k-passing primitive tells its caller. The numbers are part of the
 * protocol (generated code may inline them).
 */
export const WAIT = 0 //   the thread is parked: unwind to the event loop, someone will throw to k later
export const NEXT = 1 //   a primitive completed at once: k.value holds its result, keep running inline
export const RETURN = 2 // the running frame returned: k.value holds its return value
export const JUMP = 3 //   k.fn / k.state were changed (a multistate call): throw to k again
export const YIELD = 4 //  VT_yield: the event loop appends the thread to the yield queue (a state machine's signal only)
export type Signal = typeof WAIT | typeof NEXT | typeof RETURN | typeof JUMP | typeof YIELD

/**
 * The code of one multistate function: runs k from k.state to the next state boundary that must
 * wait, and says why it stopped. Method syntax makes the parameter bivariant, so a state machine
 * typed on its own continuation class is still a StateMachine.
 */
export type StateMachine = { sm(k: Continuation): Signal }['sm']

/** Marks "no error" where an outcome is read (any value, even undefined, can be thrown). */
export const NO_ERROR: unique symbol = Symbol('vtify.noError')

/**
 * Stands in k.value while an error is pending: the error itself is in k.extras.error. Errors
 * are rare, so a thread pays no field for them; take compares k.value with this, which costs
 * what comparing a separate error field did.
 */
export const THROWN: unique symbol = Symbol('vtify.thrown')

/** Where a thread is in its life, as VT_dump and VT_cancel see it (statusOf). */
export const RUNNABLE = 0 // in a throwable queue
export const RUNNING = 1 //  being thrown to now
export const WAITING = 2 //  parked on an event (I/O, timer, promise, join, dynamic call)
export const ENDED = 3 //    returned, threw or was cancelled; never thrown to again
export type Status = typeof RUNNABLE | typeof RUNNING | typeof WAITING | typeof ENDED

/** Rarely used per-thread data, allocated on first use so a plain thread stays small. */
export interface ThreadExtras {
  /** The pending error while k.value is THROWN (a failed boundary, or the error the thread ended with). */
  error: unknown
  /** Threads parked in VT_join on this one (null until the first). */
  joiners: Continuation[] | null
  /** The thread suspended in a dynamic call until this child thread ends (docs/semantics.md, "Calls through values"). */
  parent: Continuation | null
  /** The resolve and reject functions of VT_run's promise (both null without one). */
  resolve: ((value: unknown) => void) | null
  reject: ((error: unknown) => void) | null
  /** Set once anything has consumed this thread's error (a join, a parent, VT_run, the report). */
  errorSeen: boolean
  /** The Cancelled error VT_cancel threw into this thread, or null: ending by it counts as cancelled. */
  cancelled: Error | null
  /** The clue row this thread followed last, or -1 (loops/clues.ts). */
  clue: number
  /** The key of this thread's lane in every hashed clue, drawn when it first follows one; 0: none yet (loops/clues.ts). */
  lane: number
}

/**
 * What a parked thread waits on, so that VT_cancel can take it off: unpark(k) forgets k, so that a
 * completion arriving later never wakes it (a channel port, a timer, a promise). A thread waiting
 * in VT_join or in a dynamic call waits on the other thread's continuation instead.
 */
export interface Waiter {
  /** Absent on a custom port that cannot forget a waiter: its threads cannot be cancelled while parked. */
  unpark?(k: Continuation): void
  /**
   * Instead of unpark: deliver the cancellation itself (a thread away on another event loop is
   * cancelled there, and its home continuation ends when it does).
   */
  cancel?(k: Continuation): void
}

/** Continuation.on of a thread in a throwable queue, or being thrown to, or not started yet. */
export const QUEUED: unique symbol = Symbol('vtify.queued')
/** Continuation.on of a thread that ended. */
export const OVER: unique symbol = Symbol('vtify.ended')
/** Where a thread is: QUEUED, OVER, or parked on what it waits for. */
export type Place = typeof QUEUED | typeof OVER | Waiter | Continuation

/**
 * The runtime's own fields of a continuation, in order (docs/runtime.md §1); a subclass's other
 * fields are its slots. `frames` is a field only of a thread with multistate calls below its root.
 */
export const HEADER_FIELDS = ['fn', 'state', 'value', 'on', 'id', 'extras', 'liveIndex', 'frames'] as const

/**
 * frames of a thread without multistate calls below its root, on Continuation's prototype: never
 * written but for storing its sp, 0, again (frames[0] stays 0).
 */
const NO_FRAMES: (StateMachine | number)[] = [0]

let lastId = 0

/** Ids of threads started from now on count from base + 1 (each event loop of several has its own range). */
export function setIdBase(base: number): void {
  lastId = base
}
/**
 * Where the thread being thrown to is known: the event loop's (loop.ts, runningThread), given
 * here once when it loads, so that this file imports nothing from the loop. No store per throw
 * says which thread runs: that store was a sixth of a resume (docs/runtime.md §8).
 */
let running: () => Continuation | null = () => null

export function setRunningThread(find: () => Continuation | null): void {
  running = find
}

/** The thread being thrown to, or null outside the event loop. */
export function currentThread(): Continuation | null {
  return running()
}

/**
 * The header of every continuation. The compiler generates one subclass per thread entry
 * function whose constructor calls super(entry, depth) and then initialises every slot of the
 * merged continuation (arguments and live locals of all the thread's multistate functions), so
 * that V8 gives all continuations of a thread one stable shape. The fields a resume touches
 * come first, within the object's first cache line. The header is what running a
 * thread needs, its id, and its index in the table of live threads (live.ts); what
 * only VT_dump, VT_cancel or an error needs is derived (statusOf) or kept in the lazily
 * allocated extras (docs/runtime.md §1).
 */
export class Continuation {
  /** The code to throw to: the state machine of the innermost active multistate call. */
  fn: StateMachine
  /** The state of fn to run next: 0 is the function's start, s ≥ 1 resumes after boundary s. */
  state: number
  /** The result of the last boundary (a primitive's result or a callee's return value), or THROWN. */
  value: unknown
  /** Where the thread is: QUEUED (runnable or running), OVER, or what it is parked on. */
  on: Place
  readonly id: number
  extras: ThreadExtras | null
  /** Its index in the table of live threads, which the throwable queues hold (live.ts); 0 before it starts. */
  liveIndex: number
  /**
   * The return stack of active multistate calls: frames[0] is the stack pointer sp, then pairs
   * (caller fn, caller resume state) at 1..sp; pre-sized by the compiler to twice the thread's
   * deepest multistate call chain (no recursion → bounded), plus one. Last, and a field only when
   * that chain is not empty: a thread without multistate calls below its root reads the shared
   * NO_FRAMES from the prototype — 8 bytes less a thread, and the other fields where they are.
   */
  declare frames: (StateMachine | number)[]

  constructor(entry: StateMachine, depth: number) {
    this.fn = entry
    this.state = 0
    this.value = undefined
    this.on = QUEUED
    this.id = ++lastId
    this.extras = null
    this.liveIndex = 0
    if (depth !== 0) this.frames = filled<StateMachine | number>(2 * depth + 1, 0)
  }

  /** Where the thread is in its life (for tools; the runtime reads k.on). */
  get status(): Status {
    return statusOf(this)
  }

  /** What the thread is parked on, or null; a port that parks k sets it (the same as setting k.on). */
  get waitingOn(): Waiter | Continuation | null {
    return waitingOn(this)
  }

  set waitingOn(on: Waiter | Continuation | null) {
    this.on = on ?? QUEUED
  }

  /** Entries of frames in use: 2 per active multistate call. */
  get sp(): number {
    return this.frames[0] as number
  }
}
Continuation.prototype.frames = NO_FRAMES

export function statusOf(k: Continuation): Status {
  const on = k.on
  if (on === OVER) return ENDED
  if (on !== QUEUED) return WAITING
  return k === running() ? RUNNING : RUNNABLE
}

/** What a parked thread waits on (a Waiter or the thread it joins or called), or null. */
export function waitingOn(k: Continuation): Waiter | Continuation | null {
  return statusOf(k) === WAITING ? (k.on as Waiter | Continuation) : null
}

/**
 * Read the outcome of the boundary a state resumes after: generated code calls this first thing
 * in every resume state, inside the try context of the original call site, so an error from a
 * primitive or from a callee is rethrown exactly where the source had the call. The caller
 * passes `value`, the k.value it read: a read here would be one site for every kind of thread,
 * megamorphic in a program with more than four (docs/benchmarks.md, "Many kinds of thread"),
 * while the state machine's own read sees its own continuation classes only.
 */
export function take(k: Continuation, value: unknown): unknown {
  // Cleared so as not to keep the result alive past its use — but only a value that can hold
  // memory: this store through k is megamorphic past four kinds of thread, the dearest step of
  // a resume.
  if (value !== undefined && typeof value !== 'number' && typeof value !== 'boolean') {
    k.value = undefined
    if (value === THROWN) throw pendingError(k)
  }
  return value
}

/** The pending error, cleared. */
function pendingError(k: Continuation): unknown {
  const extras = k.extras as ThreadExtras
  const error = extras.error
  extras.error = NO_ERROR
  return error
}

/** Make `error` the outcome of k's boundary: take(k, k.value) throws it at the resume state. */
export function setError(k: Continuation, error: unknown): void {
  extrasOf(k).error = error
  k.value = THROWN
}

/** The error of k's outcome (pending, or the one it ended with), or NO_ERROR. */
export function errorOf(k: Continuation): unknown {
  return k.value === THROWN ? (k.extras as ThreadExtras).error : NO_ERROR
}

/**
 * A multistate call in continuation-passing style: the caller has stored the callee's arguments
 * in the callee's slots of k; this pushes (caller, resume) and enters the callee at state 0.
 * Generated code: `return call(k, 4, callee$sm)`; state 4 of the caller starts with take(k, k.value).
 */
export function call(k: Continuation, resume: number, callee: StateMachine): Signal {
  const frames = k.frames
  const sp = frames[0] as number
  frames[sp + 1] = k.fn
  frames[sp + 2] = resume
  frames[0] = sp + 2
  k.fn = callee
  k.state = 0
  return JUMP
}

/** Pop the innermost call: the caller is thrown to at its resume state. */
export function popFrame(k: Continuation): void {
  const frames = k.frames
  const sp = frames[0] as number
  k.fn = frames[sp - 1] as StateMachine
  k.state = frames[sp] as number
  frames[0] = sp - 2
}

/** The root of k's thread: the state machine at the bottom of its return stack. */
export function rootOf(k: Continuation): StateMachine {
  return (k.frames[0] === 0 ? k.fn : k.frames[1]) as StateMachine
}

/** The lazily created extras of a thread. */
export function extrasOf(k: Continuation): ThreadExtras {
  return (k.extras ??= { error: NO_ERROR, joiners: null, parent: null, resolve: null, reject: null, errorSeen: false, cancelled: null, clue: -1, lane: 0 })
}

/**
 * Whether `error`, ending k, is the Cancelled error VT_cancel threw into it. Not `error ===
 * extras.cancelled` alone: that field is null in a thread never cancelled, so a thread that
 * threw null counted as cancelled and its error was never reported.
 */
export function isItsCancellation(k: Continuation, error: unknown): boolean {
  const cancelled = k.extras?.cancelled ?? null
  return cancelled !== null && error === cancelled
}
