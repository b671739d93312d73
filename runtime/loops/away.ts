// Where a thread is when it is not on the loop it started on (docs/runtime.md §14.2). Its home
// keeps the continuation it left from — parked "away" — so that everything that refers to the
// thread there stays valid: VT_join and VT_run wait on it, VT_cancel reaches it, a dynamic call's
// parent is woken by it, VT_dump lists it. The thread's copy on another loop is a *guest* there;
// when it ends, its outcome goes home and the home's continuation ends with it. A thread that
// comes home is written back into that same continuation.

import { Error, atomicAdd, atomicStore, isError, mapDelete, mapForEach, mapGet, mapHas, mapSet, setAdd, setDelete } from '../intrinsics.js'
import { append } from '../lists.js'
import { enqueue, enqueueYield } from '../loop.js'
import { addLive, liveThreadCount, removeLive } from '../live.js'
import { NEXT, NO_ERROR, OVER, QUEUED, THROWN, WAIT, extrasOf, isItsCancellation, setError, type Continuation, type Signal, type Waiter } from '../protocol.js'
import { endThread } from '../threads.js'
import { reportUnjoinedErrors } from '../unjoined.js'
import { cancelThread } from '../cancel.js'
import { safeString } from '../errors.js'
import { LOOP_IN, LOOP_LIVE, LOOP_OUT, here, loopField } from './here.js'
import type { Clue } from './clues.js'
import type { VHandle } from './handles.js'
import { callHomeForm } from './home-forms.js'
import { emigrate, homeOf, immigrate, restore, type Migrant } from './migrant.js'
import { untransferable } from './transferable.js'
import { errorLike } from '../work/errors.js'
import type { SentError } from '../work/thread-main.js'
import { keepAlive } from './keep-alive.js'
import { post } from './peers.js'

/** What one loop tells another. */
export type Message =
  | { readonly t: 'migrant'; readonly m: Migrant }
  | {
      readonly t: 'ended'
      readonly id: number
      readonly value: unknown
      readonly error: SentError | null
      readonly cancelled: boolean
      /** The Buffers in value (transferable.ts). */
      readonly buffers?: readonly object[]
    }
  | { readonly t: 'cancel'; readonly id: number }
  | { readonly t: 'at'; readonly id: number; readonly loop: number }
  | { readonly t: 'gone'; readonly loop: number; readonly reason: string }
  | { readonly t: 'close'; readonly handle: VHandle }
  // the clues a loop created, for loop 0 to compare with its own (clue-check.ts)
  | { readonly t: 'clues'; readonly loop: number; readonly clues: readonly Clue[]; readonly joined: boolean }

/** A thread of this loop that is elsewhere: its continuation here, where it was last heard of, and whether VT_cancel asked. */
interface Away {
  readonly k: Continuation
  at: number
  cancelling: boolean
}

/** Threads of this loop now elsewhere, by id. */
const away = new Map<number, Away>()
/** Threads of other loops running here. */
const guests = new Map<number, Continuation>()
/** Cancels that arrived for a thread still on its way here. */
const pendingCancels = new Set<number>()

/** What a thread's continuation at home waits on while the thread is elsewhere. */
const AWAY: Waiter = {
  cancel(k: Continuation): void {
    const where = mapGet(away, k.id)
    if (where === undefined) return
    // sent again wherever it is heard of next (movedTo), or when it comes home (arrive): it may
    // have left that loop before the cancel gets there
    where.cancelling = true
    post(where.at, { t: 'cancel', id: k.id })
  },
}

/** The loop a thread of this loop was last sent to, for VT_dump. */
export function awayAt(k: Continuation): number | undefined {
  return mapGet(away, k.id)?.at
}

export function awayCount(): number {
  return away.size
}

/** Move k to loop `to`; throws, with nothing changed, if it cannot cross. */
export function depart(k: Continuation, to: number, call?: Migrant['call']): void {
  const m = emigrate(k, to, call)
  // before it can arrive: keep-alive.ts counts it in flight from here
  const out = loopField(here.self, LOOP_OUT)
  atomicAdd(here.table, out, 1)
  try {
    post(to, { t: 'migrant', m })
  } catch (error) {
    // nothing was sent (structured clone threw at a value the check let by): not in flight, or
    // the program would never end
    atomicAdd(here.table, out, -1)
    throw error
  }
  const home = homeOf(k.id)
  if (home === here.self) {
    keepAlive()
    mapSet(away, k.id, { k, at: to, cancelling: false })
    k.on = AWAY
    // the copies travel; what stays must not keep them alive — a number keeps nothing alive, and
    // undefined written over it would make a slot of numbers tagged (compiler/transform/number-fields.ts)
    const target = k as unknown as Record<string, unknown>
    for (let i = 0; i < m.names.length; i++) {
      const name = m.names[i] as string
      if (typeof target[name] !== 'number') target[name] = undefined
    }
    return
  }
  mapDelete(guests, k.id)
  removeLive(k)
  k.on = OVER
  if (to !== home) post(home, { t: 'at', id: k.id, loop: to })
  publishLive()
}

/** A migrant arrived: back into its home continuation, or a new guest; it runs after what is runnable here (paper §2.2.1.1). */
export function arrive(m: Migrant): void {
  const home = mapGet(away, m.id)
  let k: Continuation
  let cancelled = false
  if (home !== undefined) {
    mapDelete(away, m.id)
    k = home.k
    restore(k, m)
    cancelled = home.cancelling
  } else {
    try {
      k = immigrate(m)
    } catch (error) {
      landed()
      return void post(homeOf(m.id), ended(m.id, error, undefined, false))
    }
    addLive(k)
    mapSet(guests, m.id, k)
  }
  publishLive()
  landed()
  k.on = QUEUED
  if (setDelete(pendingCancels, m.id) || cancelled) cancelThread(k, null)
  if (m.call !== undefined && k.value !== THROWN) return callHere(k, m.call)
  enqueueYield(k)
}

/** The primitive the thread came here to call: parked by it, or resumed with its result or error. */
function callHere(k: Continuation, call: NonNullable<Migrant['call']>): void {
  let signal: Signal
  try {
    signal = callHomeForm(k, call.form, call.args)
  } catch (error) {
    setError(k, error)
    signal = NEXT
  }
  if (signal !== WAIT) enqueueYield(k)
}

function landed(): void {
  atomicAdd(here.table, loopField(here.self, LOOP_IN), 1)
}

/** The count publishLive stored last. */
let published = 0

/** This loop's count of live threads, for keep-alive.ts: after each round and each arrival or departure. */
export function publishLive(): void {
  const live = liveThreadCount()
  // stored only when it changed: the other loops read this line
  if (here.count > 1 && live !== published) {
    published = live
    atomicStore(here.table, loopField(here.self, LOOP_LIVE), live)
  }
}

/** Called at the end of a guest's life (threads.ts): its outcome goes home. True if k was a guest. */
export function endGuest(k: Continuation, error: unknown, value: unknown): boolean {
  if (!mapDelete(guests, k.id)) return false
  removeLive(k)
  k.on = OVER
  const cancelled = isItsCancellation(k, error)
  post(homeOf(k.id), ended(k.id, error, value, cancelled))
  publishLive()
  return true
}

function ended(id: number, error: unknown, value: unknown, cancelled: boolean): Message {
  if (error === NO_ERROR) {
    const buffers: object[] = []
    const why = untransferable(value, buffers)
    if (why === null) {
      const outcome = { t: 'ended', id, value, error: null, cancelled } as const
      return buffers.length === 0 ? outcome : { ...outcome, buffers }
    }
    return ended(id, new Error(`thread #${id} returned a value that cannot cross between event loops: ${why}`), undefined, false)
  }
  return { t: 'ended', id, value: undefined, error: sent(error), cancelled }
}

function sent(error: unknown): SentError {
  if (isError(error)) return { name: error.name, message: error.message, stack: error.stack ?? '' }
  return { name: 'Error', message: `a non-Error was thrown: ${safeString(error)}`, stack: '' }
}

/** The end of a thread of this loop that ended elsewhere: its continuation here ends with that outcome. */
export function endedAway(id: number, value: unknown, error: SentError | null, cancelled: boolean): void {
  const where = mapGet(away, id)
  if (where === undefined) return
  mapDelete(away, id)
  const k = where.k
  const extras = extrasOf(k)
  const outcome = error === null ? NO_ERROR : cancelled && extras.cancelled !== null ? extras.cancelled : rebuilt(error)
  const parent = endThread(k, outcome, value)
  if (parent !== null) enqueue(parent)
  reportUnjoinedErrors()
}

/** The error as thrown there: its class if a built-in one (`catch (e) { if (e instanceof RangeError) … }`), its stack (which ends with its logical stack). */
function rebuilt(error: SentError): Error {
  const rebuilt = errorLike(error)
  rebuilt.stack = error.stack !== '' ? error.stack : `${error.name}: ${error.message}`
  return rebuilt
}

/** VT_cancel from the thread's home reached this loop. */
export function cancelHere(id: number): void {
  const k = mapGet(guests, id)
  // once is enough: the cancel is sent again as the thread moves, and may catch up after it
  if (k !== undefined) {
    if ((k.extras?.cancelled ?? null) === null) cancelThread(k, null)
  } else if (!mapHas(away, id)) setAdd(pendingCancels, id)
}

/** A guest moved on from one loop to another: its home records where it is now. */
export function movedTo(id: number, loop: number): void {
  const where = mapGet(away, id)
  if (where === undefined) return
  where.at = loop
  if (where.cancelling) post(loop, { t: 'cancel', id })
}

/** Loop `loop` stopped: every thread of this loop that was there ends with `reason`. */
export function loopGone(loop: number, reason: string): void {
  const there: number[] = []
  mapForEach(away, (where, id) => {
    if (where.at === loop) append(there, id)
  })
  for (let i = 0; i < there.length; i++) {
    const id = there[i] as number
    endedAway(id, undefined, { name: 'Error', message: `event loop #${loop} stopped (${reason}) while thread #${id} was on it`, stack: '' }, false)
  }
}

/** VT_close through a handle of another loop (handles.ts, closeAtHome): the loop that owns the channel closes it. */
export function sendClose(handle: VHandle): void {
  post(handle.loop, { t: 'close', handle })
}
