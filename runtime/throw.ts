// The paper's *throw* (§2.1.3.3): throwing to a continuation runs its thread — call k.fn(k)
// until the thread parks, then return to the event loop. Multistate calls and returns are JUMPs
// and RETURNs back to this loop, so the JS stack never holds a thread's frames; they live in
// k.frames. An exception leaving a frame is rethrown in its caller at the call's resume state
// (setError → take), so source-level try/catch/finally work across multistate calls.
//
// The common case — the thread runs to its next boundary and parks — writes nothing here: the
// primitive that parked k already recorded where it waits (k.on), and the thread's status is
// derived from k.on and the current thread (protocol.ts, statusOf).

import { JUMP, NO_ERROR, WAIT, YIELD, popFrame, setError, type Continuation, type Signal } from './protocol.js'
import { recordLogicalStack } from './stack.js'

/**
 * A debugger's gate (the playground's step mode), asked before each call of a state machine: on
 * false the thread parks where it is (k.on = AT_GATE, nothing else changed), and whoever holds
 * the gate resumes it with complete(k, k.value). Null unless a debugger set one: a comparison
 * per transition is all it costs.
 */
export type StepGate = (k: Continuation) => boolean
let gate: StepGate | null = null

/** What a thread held at the gate waits on: nothing VT_cancel can take it off. */
const AT_GATE = {}

/** Set between rounds: the event loop reads whether there is a gate as a round starts (firstCallPlain). */
export function setStepGate(g: StepGate | null): void {
  gate = g
}

/** How a thread ends: threads.ts's endThread, the thread to run in its place returned. */
type ThreadEnd = (k: Continuation, error: unknown, value: unknown) => Continuation | null

/**
 * Given here once as threads.ts loads (setThreadEnd), as protocol.ts is given the running thread:
 * an import would make threads.ts, the event loop and this file import each other in a circle,
 * which bundlers warn of.
 */
let endThread: ThreadEnd | null = null

export function setThreadEnd(end: ThreadEnd): void {
  endThread = end
}

/** The event loop's yieldRunning, given here as endThread is (setYielder): a machine returned YIELD. */
let yieldThread: ((k: Continuation) => void) | null = null

export function setYielder(yielder: (k: Continuation) => void): void {
  yieldThread = yielder
}

/** A thread to switch to at once when the current one parks (a dynamic call or its return). */
let handoff: Continuation | null = null

/** The thread running in place of the one the event loop threw to, or null: handedThread(). */
let handedTo: Continuation | null = null

/** Run `k` right after the current thread parks, before anything queued (docs/semantics.md, "Calls through values"). */
export function handOff(k: Continuation): void {
  handoff = k
}

/** The thread a hand-off is running, or null while the thread the event loop threw to runs. */
export function handedThread(): Continuation | null {
  return handedTo
}

/**
 * With several event loops, the Cluethread times each stage (loops/stage-time.ts): told when a
 * throw begins and, with the thread last thrown to, when it ends. Null otherwise.
 */
let throwTimer: { begin(): void; end(k: Continuation): void } | null = null

export function setThrowTimer(timer: { begin(): void; end(k: Continuation): void }): void {
  throwTimer = timer
}

/**
 * Whether the event loop may make a throw's first call of the state machine itself (loop.ts):
 * no debugger's gate and no throw timer to be asked first. The loop asks at the start of each
 * round: both are set between rounds (setStepGate, setThrowTimer).
 */
export function firstCallPlain(): boolean {
  return gate === null && throwTimer === null
}

/** Whether a thread is waiting to be handed off to (a dynamic call or its return). */
export function handingOff(): boolean {
  return handoff !== null
}

/** Throw to k, and to every thread it hands off to, until all of them park or end. */
export function throwTo(k: Continuation): void {
  if (throwTimer !== null) return timedThrow(k, throwTimer)
  goOn(k, undefined)
}

/**
 * The rest of a throw whose first call the event loop made (firstCallPlain), which returned
 * `signal`: needed unless the thread parked with nobody to hand off to.
 */
export function throwOn(k: Continuation, signal: Signal): void {
  goOn(k, afterCall(k, signal))
}

/** The rest of a throw whose first call the event loop made, which threw `error`. */
export function throwOnError(k: Continuation, error: unknown): void {
  goOn(k, afterError(k, error))
}

/** Go on with k (next undefined) or with the thread its last call handed to, until all park. */
function goOn(k: Continuation, next: Continuation | null | undefined): void {
  if (next === undefined) next = runUntilParked(k)
  if (next !== null) runHandOffs(next)
}

function timedThrow(k: Continuation, timer: NonNullable<typeof throwTimer>): void {
  timer.begin()
  const next = runUntilParked(k)
  timer.end(next === null ? k : runHandOffs(next))
}

/** Run the threads handed off to, one after the other, until one parks with nobody to hand to; returns the last. */
function runHandOffs(first: Continuation): Continuation {
  let last = first
  for (let next: Continuation | null = first; next !== null; next = runUntilParked(next)) handedTo = last = next
  handedTo = null
  return last
}

function runUntilParked(k: Continuation): Continuation | null {
  for (;;) {
    if (gate !== null && !gate(k)) return parkAtGate(k)
    let signal: Signal
    try {
      // Megamorphic past four kinds of thread; a queue carrying the machine beside k cost more
      // than this read (docs/runtime.md §8).
      signal = k.fn(k)
    } catch (error) {
      const next = afterError(k, error)
      if (next !== undefined) return next
      continue
    }
    const next = afterCall(k, signal)
    if (next !== undefined) return next
  }
}

/**
 * After a call of k's state machine returned `signal`: the thread to run next when k parked or
 * ended (null: none), undefined to call k's state machine again.
 */
function afterCall(k: Continuation, signal: Signal): Continuation | null | undefined {
  if (signal === WAIT) return handoff === null ? null : takeHandoff()
  if (signal === YIELD) {
    // a machine returns YIELD having started no child (kCall's machine returns WAIT): nothing to hand off to
    ;(yieldThread as (k: Continuation) => void)(k)
    return null
  }
  if (signal === JUMP) return undefined
  if (k.frames[0] === 0) return (endThread as ThreadEnd)(k, NO_ERROR, k.value)
  popFrame(k)
  return undefined
}

/** After a call of k's state machine threw `error`: the same as afterCall. */
function afterError(k: Continuation, error: unknown): Continuation | null | undefined {
  recordLogicalStack(k, error)
  if (k.frames[0] === 0) return (endThread as ThreadEnd)(k, error, undefined)
  popFrame(k)
  setError(k, error)
  return undefined
}

function takeHandoff(): Continuation {
  const next = handoff as Continuation
  handoff = null
  return next
}

function parkAtGate(k: Continuation): Continuation | null {
  k.on = AT_GATE
  return handoff === null ? null : takeHandoff()
}
