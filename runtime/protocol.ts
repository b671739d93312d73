// The continuation protocol: the contract between the code vtify generates and this runtime.
// docs/runtime.md is the specification; this file is its executable half. Generated code
// imports these names from 'vtify/runtime' and must use exactly the shapes described here.

import { filled } from './lists.js'

/**
 * What a state machine or a k-passing primitive tells its caller. The numbers are part of the
 * protocol (generated code may inline them).
 */
export const WAIT = 0 //   the thread is parked: unwind to the event loop, someone will throw to k later
export const NEXT = 1 //   a primitive completed at once: k.value holds its result, keep running inline
export const RETURN = 2 // the running frame returned: k.value holds its return value
export const JUMP = 3 //   k.fn / k.state were changed (a multistate call): throw to k again
export type Signal = typeof WAIT | typeof NEXT | typeof RETURN | typeof JUMP

/**
 * The code of one multistate function: runs k from k.state to the next state boundary that must
 * wait, and says why it stopped. Method syntax makes the parameter bivariant, so a state machine
 * typed on its own continuation class is still a StateMachine.
 */
export type StateMachine = { sm(k: Continuation): Signal }['sm']

/** Marks "no pending error" in Continuation.error (any value, even undefined, can be thrown). */
export const NO_ERROR: unique symbol = Symbol('vtify.noError')

/** Where a thread is in its life (Continuation.status). */
export const RUNNABLE = 0 // in a throwable queue
export const RUNNING = 1 //  being thrown to now
export const WAITING = 2 //  parked on an event (I/O, timer, promise, join, dynamic call)
export const ENDED = 3 //    returned, threw or was cancelled; never thrown to again
export type Status = typeof RUNNABLE | typeof RUNNING | typeof WAITING | typeof ENDED

/** Rarely used per-thread data, allocated on first use so a plain thread stays small. */
export interface ThreadExtras {
  /** Threads parked in VT_join on this one. */
  joiners: Continuation[]
  /** The thread suspended in a dynamic call until this child thread ends (docs/semantics.md, "Calls through values"). */
  parent: Continuation | null
  /** Settles the promise of VT_run. */
  settle: ((error: unknown, value: unknown) => void) | null
  /** Set once anything has consumed this thread's error (a join, a parent, VT_run, the report). */
  errorSeen: boolean
  /** The Cancelled error VT_cancel threw into this thread, or null: ending by it counts as cancelled. */
  cancelled: Error | null
}

/**
 * What a parked thread waits on, so that VT_cancel can take it off: unpark(k) forgets k, so that a
 * completion arriving later never wakes it (a channel port, a timer, a promise). A thread waiting
 * in VT_join or in a dynamic call waits on the other thread's continuation instead.
 */
export interface Waiter {
  /** Absent on a custom port that cannot forget a waiter: its threads cannot be cancelled while parked. */
  unpark?(k: Continuation): void
}

const NO_FRAMES: (StateMachine | number)[] = []

let lastId = 0

/**
 * The header of every continuation. The compiler generates one subclass per thread entry
 * function whose constructor calls super(entry, depth) and then initialises every slot of the
 * merged continuation (arguments and live locals of all the thread's multistate functions), so
 * that V8 gives all continuations of a thread one stable shape.
 */
export class Continuation {
  /** The code to throw to: the state machine of the innermost active multistate call. */
  fn: StateMachine
  /** The state of fn to run next: 0 is the function's start, s ≥ 1 resumes after boundary s. */
  state: number
  /** The result of the last boundary: a primitive's result or a callee's return value. */
  value: unknown
  /** An error to rethrow at the state thrown to next, or NO_ERROR. */
  error: unknown
  /**
   * The return stack of active multistate calls: pairs (caller fn, caller resume state), pre-sized
   * by the compiler to twice the thread's deepest multistate call chain (no recursion → bounded).
   */
  frames: (StateMachine | number)[]
  /** Number of entries in frames (2 per active call). */
  sp: number
  readonly id: number
  status: Status
  /** What the thread is parked on while WAITING (for VT_cancel); null otherwise. */
  waitingOn: Waiter | Continuation | null
  extras: ThreadExtras | null

  constructor(entry: StateMachine, depth: number) {
    this.fn = entry
    this.state = 0
    this.value = undefined
    this.error = NO_ERROR
    this.frames = depth === 0 ? NO_FRAMES : filled<StateMachine | number>(2 * depth, 0)
    this.sp = 0
    this.id = ++lastId
    this.status = RUNNABLE
    this.waitingOn = null
    this.extras = null
  }
}

/**
 * Read the outcome of the boundary a state resumes after: generated code calls this first thing
 * in every resume state, inside the try context of the original call site, so an error from a
 * primitive or from a callee is rethrown exactly where the source had the call.
 */
export function take(k: Continuation): unknown {
  const error = k.error
  if (error !== NO_ERROR) {
    k.error = NO_ERROR
    throw error
  }
  const value = k.value
  k.value = undefined // do not keep the last result alive past its use
  return value
}

/**
 * A multistate call in continuation-passing style: the caller has stored the callee's arguments
 * in the callee's slots of k; this pushes (caller, resume) and enters the callee at state 0.
 * Generated code: `return call(k, 4, callee$sm)`; state 4 of the caller starts with take(k).
 */
export function call(k: Continuation, resume: number, callee: StateMachine): Signal {
  const frames = k.frames
  frames[k.sp] = k.fn
  frames[k.sp + 1] = resume
  k.sp += 2
  k.fn = callee
  k.state = 0
  return JUMP
}

/** Pop the innermost call: the caller is thrown to at its resume state. */
export function popFrame(k: Continuation): void {
  k.sp -= 2
  k.fn = k.frames[k.sp] as StateMachine
  k.state = k.frames[k.sp + 1] as number
}

/** The lazily created extras of a thread. */
export function extrasOf(k: Continuation): ThreadExtras {
  return (k.extras ??= { joiners: [], parent: null, settle: null, errorSeen: false, cancelled: null })
}
