// The paper's *throw* (§2.1.3.3): throwing to a continuation runs its thread — call k.fn(k)
// until the thread parks, then return to the event loop. Multistate calls and returns are JUMPs
// and RETURNs back to this loop, so the JS stack never holds a thread's frames; they live in
// k.frames. An exception leaving a frame is rethrown in its caller at the call's resume state
// (k.error → take), so source-level try/catch/finally work across multistate calls.

import { JUMP, NO_ERROR, RUNNING, WAIT, WAITING, popFrame, type Continuation, type Signal } from './protocol.js'
import { recordLogicalStack } from './stack.js'
import { endThread } from './threads.js'

/**
 * A debugger's gate (the playground's step mode), asked before each call of a state machine: on
 * false the thread parks where it is (WAITING, nothing changed), and whoever holds the gate
 * resumes it with complete(k, k.value). Null unless a debugger set one: a comparison per
 * transition is all it costs.
 */
export type StepGate = (k: Continuation) => boolean
let gate: StepGate | null = null

export function setStepGate(g: StepGate | null): void {
  gate = g
}

/** The thread being thrown to, or null outside the event loop (VT_self). */
let current: Continuation | null = null
/** A thread to switch to at once when the current one parks (a dynamic call or its return). */
let handoff: Continuation | null = null

export function currentThread(): Continuation | null {
  return current
}

/** Run `k` right after the current thread parks, before anything queued (docs/semantics.md, "Calls through values"). */
export function handOff(k: Continuation): void {
  handoff = k
}

/** Throw to k, and to every thread it hands off to, until all of them park or end. */
export function throwTo(k: Continuation): void {
  let next: Continuation | null = k
  while (next !== null) next = runUntilParked(next)
}

/** The event loop stopped throwing (end of a round): no thread is current. */
export function leaveThreads(): void {
  current = null
}

function runUntilParked(k: Continuation): Continuation | null {
  current = k
  k.status = RUNNING
  for (;;) {
    if (gate !== null && !gate(k)) return parkAtGate(k)
    let signal: Signal
    try {
      signal = k.fn(k)
    } catch (error) {
      recordLogicalStack(k, error)
      if (k.sp === 0) return endThread(k, error, undefined)
      popFrame(k)
      k.error = error
      continue
    }
    if (signal === JUMP) continue
    if (signal === WAIT) {
      if (k.status === RUNNING) k.status = WAITING
      const next = handoff
      handoff = null
      return next
    }
    if (k.sp === 0) return endThread(k, NO_ERROR, k.value)
    popFrame(k)
  }
}

function parkAtGate(k: Continuation): Continuation | null {
  k.status = WAITING
  const next = handoff
  handoff = null
  return next
}
