// A continuation as plain data, to move a thread to another event loop (paper §2.2.1.1's
// migration; docs/runtime.md §14.2). Code is named by stable ids (registry.ts), never sent: every
// loop has loaded the same modules. What travels is the state of each active multistate call,
// the continuation's slots — the merged continuation holds exactly the variables that live
// across boundaries — and the few runtime fields a thread keeps across a boundary.

import { Error, TypeError } from '../intrinsics.js'
import { append } from '../lists.js'
import { extrasOf, rootOf, type Continuation, type StateMachine } from '../protocol.js'
import { factoryOf, infoOf, stableIdOf, stateMachineById, type MultistateInfo } from '../registry.js'
import type { HomeCall } from './handles.js'
import { here } from './here.js'
import { untransferable } from './transferable.js'

export interface Migrant {
  /** The thread's id, global: the loop it was started on is in it (homeOf). */
  readonly id: number
  /** Stable id of the root state machine: what builds the continuation's class. */
  readonly root: string
  /** Stable id of the innermost frame's state machine, and the state it resumes at. */
  readonly fn: string
  readonly state: number
  /** The callers, as in Continuation.frames: [sp, fn id, resume state, …]. */
  readonly frames: readonly (string | number)[]
  /**
   * The live slots of every active frame: their field names (MultistateInfo.live) and values, in
   * two lists — an object keyed by them would add a property per slot, each a slow store.
   */
  readonly names: readonly string[]
  readonly values: readonly unknown[]
  /** The clue row the thread followed last. */
  readonly clue: number
  /** Its lane key in hashed clues (0: none yet), kept wherever it goes. */
  readonly lane: number
  /** A primitive to make on arrival, through a handle owned there (handles.ts). */
  readonly call?: { readonly form: HomeCall; readonly args: readonly unknown[] }
  /** The Buffers among the values and the call's arguments, to be made Buffers again on arrival (transferable.ts). */
  readonly buffers?: readonly object[]
}

/** Ids of threads started on loop L are L × 2^32 + a local count. */
export const ID_RANGE = 2 ** 32

export function homeOf(id: number): number {
  return Math.floor(id / ID_RANGE)
}

/** A thread of another loop, here for now: its joiners, its VT_run promise, its parent are at its home. */
export function isGuest(k: Continuation): boolean {
  return here.count > 1 && homeOf(k.id) !== here.self
}

/** k as plain data for loop `to`, or an error that says what keeps it here (nothing is changed then). */
export function emigrate(k: Continuation, to: number, call?: Migrant['call']): Migrant {
  const frames: (string | number)[] = [k.frames[0] as number]
  const sp = k.frames[0] as number
  const copy: LiveCopy = { names: [], values: [], buffers: [] }
  for (let i = 1; i <= sp; i += 2) {
    const sm = k.frames[i] as StateMachine
    const state = k.frames[i + 1] as number
    append(frames, idOf(k, sm, to))
    append(frames, state)
    copyLive(k, sm, state, copy, to)
  }
  copyLive(k, k.fn, k.state, copy, to)
  const { names, values, buffers } = copy
  const { clue, lane } = extrasOf(k)
  const m = { id: k.id, root: idOf(k, rootOf(k), to), fn: idOf(k, k.fn, to), state: k.state, frames, names, values, clue, lane }
  if (call !== undefined) {
    const why = untransferable(call.args, buffers)
    if (why !== null) fail(`VT_${call.form}: thread #${k.id} cannot take its arguments to ${loopName(to)}, where the channel is: ${why}`)
  }
  // most threads carry no Buffer: their migrants keep one shape
  if (buffers.length === 0) return call === undefined ? m : { ...m, call }
  return call === undefined ? { ...m, buffers } : { ...m, call, buffers }
}

/** What copyLive fills: the live slots' names and values, and the Buffers among the values. */
interface LiveCopy {
  readonly names: string[]
  readonly values: unknown[]
  readonly buffers: object[]
}

/** The slots live after the boundary that frame (sm, state) resumes at, checked and copied into `copy`. */
function copyLive(k: Continuation, sm: StateMachine, state: number, copy: LiveCopy, to: number): void {
  const info = infoOf(sm)
  const live = info?.live?.[state]
  if (info === undefined || live === undefined) {
    fail(
      `VT_follow: thread #${k.id} cannot move to ${loopName(to)}: ${info?.name ?? 'a function'} was compiled without the live variables of its boundaries (build the whole program with vtify)`,
    )
  }
  for (const slot of live) {
    const value = (k as unknown as Record<string, unknown>)[slot]
    const why = untransferable(value, copy.buffers)
    if (why !== null) throw notTransferable(k, info, state, slot, why, to)
    append(copy.names, slot)
    append(copy.values, value)
  }
}

function idOf(k: Continuation, sm: StateMachine, to: number): string {
  const named = stableIdOf(sm)
  if ('id' in named) return named.id
  return fail(`VT_follow: thread #${k.id} cannot move to ${loopName(to)}: it is in ${named.why}, so the code it runs cannot be found there`)
}

function loopName(loop: number): string {
  return `event loop #${loop}`
}

function notTransferable(k: Continuation, info: MultistateInfo, state: number, slot: string, why: string, to: number): TypeError {
  const what = why.startsWith('.') || why.startsWith('[') || why.startsWith(' ') ? `its part ${why}` : `it holds ${why}`
  const frame = `${info.name} (${info.file}:${info.lines[state] ?? info.lines[0]})`
  return new TypeError(
    `VT_follow: thread #${k.id} cannot move to ${loopName(to)}: a variable of ${frame} live across the move (continuation slot ${slot}) cannot cross ` +
      `between event loops: ${what}. Only data that structured clone copies unchanged can follow a clue; keep the rest on ` +
      `the loop where it was made, or finish its use before VT_follow`,
  )
}

function fail(message: string): never {
  throw new TypeError(message)
}

/** The state machine of a stable id here: a loop that has not loaded it runs other code. */
function stateMachine(id: string): StateMachine {
  const sm = stateMachineById(id)
  if (sm === undefined) throw new Error(`vtify: a thread arrived running ${id}, which this event loop has not loaded: every loop must import the same modules`)
  return sm
}

/** A new continuation for an arriving thread; the caller registers it. */
export function immigrate(m: Migrant): Continuation {
  const root = stateMachine(m.root)
  const create = factoryOf(root)
  if (create === undefined) throw new Error(`vtify: a thread arrived rooted at ${m.root}, which cannot start threads here`)
  const k = create(undefined, [])
  ;(k as { id: number }).id = m.id
  restore(k, m)
  return k
}

/** Write m's state into k: a new continuation of its class, or the one it left from (its home). */
export function restore(k: Continuation, m: Migrant): void {
  k.fn = stateMachine(m.fn)
  k.state = m.state
  k.value = undefined
  const frames = k.frames
  frames[0] = m.frames[0] as number
  for (let i = 1; i < m.frames.length; i += 2) {
    frames[i] = stateMachine(m.frames[i] as string)
    frames[i + 1] = m.frames[i + 1] as number
  }
  const target = k as unknown as Record<string, unknown>
  const names = m.names
  for (let i = 0; i < names.length; i++) target[names[i] as string] = m.values[i]
  const extras = extrasOf(k)
  extras.clue = m.clue
  extras.lane = m.lane
}
