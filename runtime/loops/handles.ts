// I/O stays where its handle lives (docs/runtime.md §14.4): Node cannot move a socket or a file
// handle between worker threads, so a thread that keeps one across VT_follow keeps a VT_handle of
// it instead — a plain { loop, id } token, which crosses. A read, write, accept or readLine (of a
// line reader's handle) through a handle owned by another loop moves the thread back there for the call: the call is made on
// arrival, and the thread stays on that loop until it follows another clue. One move per change
// of stage and no copy of the data beyond the move itself: the shape of a pipeline server that
// reads on the accepting loop, computes elsewhere and writes back home.

import { Error, TypeError, mapDelete, mapGet, mapSet } from '../intrinsics.js'
import type { Continuation, Signal } from '../protocol.js'
import { here } from './here.js'

/** A channel kept on its loop, as a token a moving thread can carry. */
export interface VHandle<C extends object = object> {
  readonly vtifyHandle: true
  /** The loop that owns the channel. */
  readonly loop: number
  readonly id: number
  /** Only a type: what the handle stands for. */
  readonly channel?: C
}

const owned = new Map<number, object>()
let lastId = 0

export function makeHandle<C extends object>(ch: C): VHandle<C> {
  const id = ++lastId
  mapSet(owned, id, ch)
  // a stream or socket that closes gives its entry back
  const once = (ch as { once?: (event: string, listener: () => void) => unknown }).once
  if (typeof once === 'function') once.call(ch, 'close', () => mapDelete(owned, id))
  return { vtifyHandle: true, loop: here.self, id }
}

export function isHandle(value: unknown): value is VHandle {
  return typeof value === 'object' && value !== null && (value as { vtifyHandle?: unknown }).vtifyHandle === true
}

/** A handle owned by another loop: the call must be made there. */
export function isElsewhere(value: unknown): value is VHandle {
  return isHandle(value) && value.loop !== here.self
}

/** The channel a handle of this loop stands for. */
export function channelOf(handle: VHandle, primitive: string): object {
  const ch = mapGet(owned, handle.id)
  if (handle.loop !== here.self || ch === undefined) {
    throw new TypeError(`${primitive}: the handle #${handle.id} of event loop #${handle.loop} names no open channel there`)
  }
  return ch
}

/** A primitive a thread is moved home for, made on arrival with the arguments it was called with. */
export type HomeCall = 'read' | 'write' | 'accept' | 'readLine'

/** What is done with a handle of another loop: a thread goes there to make its call (follow.ts), a close is sent there (away.ts). */
export interface Homeward {
  call(k: Continuation, handle: VHandle, form: HomeCall, args: readonly unknown[]): Signal
  close(handle: VHandle): void
}

/**
 * Set when several event loops start, the only time a handle can be of another loop. A hook, not
 * an import, so that a program on one loop does not bundle the code that moves threads and
 * messages between loops (docs/runtime.md §11, "What a bundle takes").
 */
let homeward: Homeward | null = null

export function setHomeward(hook: Homeward): void {
  homeward = hook
}

/** A primitive through a handle of another loop (isElsewhere): the thread moves there, and the call is made on arrival. */
export function callAtHome(k: Continuation, handle: VHandle, form: HomeCall, args: readonly unknown[]): Signal {
  return homewardFor(`VT_${form}`, handle).call(k, handle, form, args)
}

/** VT_close through a handle of another loop: not a state boundary, so the loop that owns the channel closes it. */
export function closeAtHome(handle: VHandle): void {
  homewardFor('VT_close', handle).close(handle)
}

function homewardFor(primitive: string, handle: VHandle): Homeward {
  if (homeward === null) throw new Error(`${primitive}: the handle #${handle.id} is of event loop #${handle.loop}, and only one event loop runs here`)
  return homeward
}
