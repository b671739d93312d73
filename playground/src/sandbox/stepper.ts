// Step mode: the runtime's step gate (runtime/throw.ts) holds every thread just before its next
// state machine call; a step lets exactly one through — the thread runs from its state until it
// reaches a state boundary that waits, or calls or returns from a multistate function — and the
// held threads are the throwable queues the event loop would throw to next. Run lets every
// thread through until a budget of transitions is spent, so a program that never waits stops.

import { complete } from '../../../runtime/index'
import type { Continuation } from '../../../runtime/protocol'
import { RUNNABLE } from '../../../runtime/protocol'
import { setStepGate } from '../../../runtime/throw'
import { eachLiveThread } from '../../../runtime/threads'
import { clock } from './clock'

export const BUDGET = 10_000
/** Timers run by one move of the clock at most: a program that only re-arms timers still stops. */
const MAX_TIMERS = 10_000

export class Stepper {
  /** Threads held at the gate, in the order they reached it. */
  readonly held: Continuation[] = []
  /** Every thread seen, in order, ended ones included. */
  readonly seen = new Set<Continuation>()
  transitions = 0
  running = false
  private allowance = 0
  private spentInRun = 0

  constructor(private readonly onBudget: () => void) {
    setStepGate((k) => this.admit(k))
  }

  /** Let one held thread make one transition; with none held, move the clock on until one can run. */
  step(): void {
    this.running = false
    const k = this.held.shift()
    if (k) {
      this.allowance = 1
      complete(k, k.value)
    } else this.advanceClock()
  }

  run(): void {
    this.running = true
    this.spentInRun = 0
    for (let k = this.held.shift(); k; k = this.held.shift()) complete(k, k.value)
  }

  pause(): void {
    this.running = false
  }

  /** While running and no thread can run: time moves on until one can (false: no timer is set). */
  idle(): boolean {
    return this.running && !this.runnable() && this.advanceClock()
  }

  /**
   * Run timers, in time order, until a thread can run: one VT_sleep of more than 24.8 days is
   * several timers (the runtime re-arms at most 2^31 - 1 ms at a time, as hosts require), and
   * each took a Step of its own. False when no timer was set.
   */
  private advanceClock(): boolean {
    let moved = false
    for (let i = 0; i < MAX_TIMERS && !this.runnable() && clock.advance(); i++) moved = true
    return moved
  }

  /** Some thread is held at the gate or queued to run. */
  runnable(): boolean {
    let runnable = this.held.length > 0
    eachLiveThread((k) => {
      runnable ||= k.status === RUNNABLE
    })
    return runnable
  }

  private admit(k: Continuation): boolean {
    this.seen.add(k)
    if (this.running && this.spentInRun++ >= BUDGET) {
      this.running = false
      this.onBudget()
    }
    if (this.running || this.allowance > 0) {
      if (!this.running) this.allowance--
      this.transitions++
      return true
    }
    this.held.push(k)
    return false
  }
}
