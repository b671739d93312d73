// Errors the runtime throws at a thread's call site. Each message says what happened and what to do.

import { Error, String, captureStackTrace, isError, stringIndexOf, stringSlice } from './intrinsics.js'
import { rootOf, type Continuation } from './protocol.js'
import { infoOf, entryOf } from './registry.js'

/** Why a channel operation failed. */
export type ChannelErrorCode =
  | 'ECONNRESET' // the peer reset the connection
  | 'EPIPE' //      the peer is gone; what was written cannot be delivered
  | 'ECLOSED' //    the channel was closed or destroyed on this side
  | 'EBUSY' //      another thread is already waiting on the same side of the channel
  | 'EIO' //        any other failure of the underlying stream; see `cause`

/** A channel failed under a primitive; thrown at the primitive's call site. */
export class ChannelError extends Error {
  readonly code: ChannelErrorCode
  constructor(code: ChannelErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'ChannelError'
    this.code = code
  }
}

/**
 * `String(value)` for a message or a report, also of a value whose conversion throws — an
 * object without a prototype, a toString that throws —, which must not break the report.
 */
export function safeString(value: unknown): string {
  try {
    return String(value)
  } catch {
    return `(${typeof value === 'object' ? 'an object' : typeof value} that cannot be converted to a string)`
  }
}

/**
 * An argument as a message shows it: a number as it is, a string quoted (`VT_sleep('10')` said
 * "got 10", as if 10 were refused), anything else by its type.
 */
export function describeArgument(value: unknown): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return `the string "${value}"`
  return value === null ? 'null' : typeof value
}

/** Wrap an error event of a host stream for the primitive `op` that was waiting on it. */
export function channelFailure(op: string, what: string, cause: unknown): ChannelError {
  const code = (cause as { code?: unknown } | null)?.code
  if (code === 'ECONNRESET') {
    return new ChannelError('ECONNRESET', `${op}: ${what}: the connection was reset by the peer (ECONNRESET)`, cause)
  }
  if (code === 'EPIPE') {
    return new ChannelError('EPIPE', `${op}: ${what}: the peer has closed the connection (EPIPE)`, cause)
  }
  const message = isError(cause) ? cause.message : safeString(cause)
  return new ChannelError('EIO', `${op}: ${what} failed: ${message}`, cause)
}

export function channelClosed(op: string, what: string): ChannelError {
  return new ChannelError('ECLOSED', `${op}: ${what} is closed (ended or destroyed); nothing more can be ${op === 'VT_write' ? 'written' : 'read'}`)
}

/** `caller` found `waiter` already waiting in `op` on the channel `what`. */
export function channelBusy(op: string, what: string, waiter: Continuation, caller: Continuation): ChannelError {
  const waiting = asSeen(waiter, op)
  return new ChannelError(
    'EBUSY',
    `${asSeen(caller, op).op}: thread #${waiting.id} is already waiting in ${waiting.op} on ${what}; ` +
      `one thread at a time may read (or write) a channel: hand it off, or use a pipe per consumer`,
  )
}

/**
 * A thread and its primitive as the program sees them. VT_readLine reads in a thread of its own
 * (docs/runtime.md §10.3), which the program never started: its VT_read is its caller's
 * VT_readLine. A second VT_readLine of a line reader said "VT_read: thread #9 is already waiting
 * in VT_read", #9 being that reading thread.
 */
function asSeen(k: Continuation, op: string): { id: number; op: string } {
  const parent = k.extras?.parent ?? null
  const info = infoOf(rootOf(k))
  if (parent !== null && info?.file === '<vtify/runtime>' && info.name === 'VT_readLine') return { id: parent.id, op: 'VT_readLine' }
  return { id: k.id, op }
}

/** A primitive was reached by code that vtify did not transform, so it cannot suspend. */
export function notCompiled(name: string, insideThread: number | null): never {
  const where =
    insideThread === null
      ? 'outside a virtual thread'
      : `by code of thread #${insideThread} that vtify did not transform (a callback given to untransformed code?)`
  throw new Error(
    `${name}() was called ${where}: the calling module was not compiled by vtify, so the call cannot suspend. ` +
      `Add vtify() to your Vite or Rollup config (or run \`vtify build\`), make sure the module is in the tsconfig vtify reads ` +
      `(its "include"; vtify leaves other modules as they are), and start threads with VT_run or VT_spawn.`,
  )
}

/**
 * The body of the function value a multistate function's name is bound to after the transform:
 * reached only from code vtify did not transform (a dynamic call, a library calling it back).
 */
export function multistateUnreachable(stub: (...args: never[]) => unknown): never {
  const entry = entryOf(stub)
  const info = entry === undefined ? undefined : infoOf(entry.sm)
  const name = info?.name ?? (stub.name || 'a multistate function')
  const defined = info === undefined ? '' : ` (defined at ${info.file}:${info.lines[0]})`
  const site = callSite(stub)
  throw new Error(
    `multistate function ${name}${defined} was called${site === undefined ? '' : ` at ${site}`} by code that vtify did not ` +
      `transform, where it cannot suspend. Call it from a vtified function, or run it as a thread: ` +
      `VT_spawn(${name}, …) or VT_run(${name}, …).`,
  )
}

/** The first JS stack frame above `below`: the caller's file:line:column. */
function callSite(below: (...args: never[]) => unknown): string | undefined {
  const holder: { stack?: unknown } = {}
  if (captureStackTrace === undefined) return undefined
  captureStackTrace(holder, below)
  return typeof holder.stack === 'string' ? secondLine(holder.stack) : undefined
}

/** `    at file:1:2` of `Error\n    at file:1:2\n…`, without the indent and `at `. */
function secondLine(stack: string): string | undefined {
  let start = stringIndexOf(stack, '\n') + 1
  if (start === 0) return undefined
  let end = stringIndexOf(stack, '\n', start)
  if (end < 0) end = stack.length
  while (start < end && stack[start] === ' ') start++
  if (stringSlice(stack, start, start + 3) === 'at ') start += 3
  return stringSlice(stack, start, end)
}
