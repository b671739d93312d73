// VT_select(cases): wait on several channels and timeouts at once, and take the first that is
// ready. Channels are checked in the order given (the first ready one wins, so the choice is
// deterministic); if none is ready, a VT_after(0) case is taken at once; otherwise the thread waits
// for whichever case fires first, and every other case is withdrawn.

import { RangeError, TypeError, clearTimeout, setTimeout } from '../intrinsics.js'
import { timerStep } from '../delay.js'
import { describeArgument } from '../errors.js'
import { complete } from '../loop.js'
import { NEXT, WAIT, type Continuation, type Signal, type Waiter } from '../protocol.js'
import { VChannel, type Receiver } from './typed.js'

/** A VT_select case that fires `ms` milliseconds after the select starts waiting. */
export class Timeout {
  constructor(readonly ms: number) {
    if (typeof ms !== 'number' || !(ms >= 0)) throw new RangeError(`VT_after: ms must be a number ≥ 0, got ${describeArgument(ms)}`)
  }
}

/** A case of VT_select: a channel to receive from, or a timeout. */
export type SelectCase = VChannel<unknown> | Timeout

/** What VT_select returns: the index of the case taken and, for a channel, the value received. */
export interface Selection {
  readonly index: number
  readonly value: unknown
}

/** The value a case gives: a channel's value (undefined once it is closed), nothing for a timeout. */
type CaseValue<C> = C extends VChannel<infer T> ? T | undefined : undefined

/** VT_select's result typed by its cases: `index` tells which, and narrows `value` to that case's type. */
export type Selected<C extends readonly SelectCase[]> = {
  [I in keyof C]: I extends `${infer N extends number}` ? { readonly index: N; readonly value: CaseValue<C[I]> } : never
}[number]

/** One channel case of a waiting select. */
class CaseReceiver implements Receiver<unknown> {
  constructor(
    private readonly select: SelectWait,
    readonly index: number,
    readonly channel: VChannel<unknown>,
  ) {}
  take(value: unknown): void {
    this.select.fire(this.index, value, this)
  }
}

/** A thread parked in VT_select: its channel cases and timers, withdrawn when one fires. */
class SelectWait implements Waiter {
  private readonly receivers: CaseReceiver[] = []
  private readonly timers: unknown[] = []
  constructor(private readonly k: Continuation) {}

  listen(index: number, channel: VChannel<unknown>): void {
    const receiver = new CaseReceiver(this, index, channel)
    this.receivers[this.receivers.length] = receiver
    channel.await(receiver)
  }

  time(index: number, ms: number): void {
    this.arm(this.timers.length, index, ms)
  }

  /** The timer of case `index` in `slot`, armed again for what is left of a delay above a host timer's (delay.ts). */
  private arm(slot: number, index: number, ms: number): void {
    const step = timerStep(ms)
    this.timers[slot] = setTimeout(() => (ms > step ? this.arm(slot, index, ms - step) : this.fire(index, undefined, null)), step)
  }

  /** Case `index` fired (its channel already dropped `from`): withdraw the others, resume the thread. */
  fire(index: number, value: unknown, from: CaseReceiver | null): void {
    this.withdraw(from)
    complete(this.k, { index, value } satisfies Selection)
  }

  unpark(): void {
    this.withdraw(null)
  }

  private withdraw(except: CaseReceiver | null): void {
    for (let i = 0; i < this.receivers.length; i++) {
      const receiver = this.receivers[i] as CaseReceiver
      if (receiver !== except) receiver.channel.forgetReceiver(receiver)
    }
    for (let i = 0; i < this.timers.length; i++) clearTimeout(this.timers[i] as ReturnType<typeof setTimeout>)
  }
}

function checkCase(c: unknown, index: number): SelectCase {
  if (c instanceof VChannel || c instanceof Timeout) return c
  throw new TypeError(`VT_select: case ${index} is neither a channel made by VT_channel(capacity) nor VT_after(ms)`)
}

/** The case to take at once, or -1: the first ready channel, else the first VT_after(0). */
function readyCase(cases: readonly SelectCase[]): number {
  let zero = -1
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as SelectCase
    if (c instanceof VChannel) {
      if (c.ready()) return i
    } else if (c.ms === 0 && zero < 0) zero = i
  }
  return zero
}

/** VT_select(cases). */
export function kSelect(k: Continuation, cases: unknown): Signal {
  if (typeof cases !== 'object' || cases === null || typeof (cases as { length?: unknown }).length !== 'number') {
    throw new TypeError('VT_select: expected an array of cases (channels and VT_after(ms))')
  }
  const list = cases as readonly unknown[]
  if (list.length === 0) throw new TypeError('VT_select: no cases (it would wait forever)')
  for (let i = 0; i < list.length; i++) checkCase(list[i], i)
  const checked = list as readonly SelectCase[]
  const now = readyCase(checked)
  if (now >= 0) {
    const c = checked[now] as SelectCase
    k.value = { index: now, value: c instanceof VChannel ? c.takeNow() : undefined } satisfies Selection
    return NEXT
  }
  const wait = new SelectWait(k)
  for (let i = 0; i < checked.length; i++) {
    const c = checked[i] as SelectCase
    if (c instanceof VChannel) wait.listen(i, c)
    else wait.time(i, c.ms)
  }
  k.waitingOn = wait
  return WAIT
}
