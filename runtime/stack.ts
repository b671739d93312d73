// Logical stacks: the chain of a thread's active multistate functions with their source lines,
// read from the continuation (k.fn/k.state, then the return frames, then the parent thread of a
// dynamic call). This is what event-driven code normally loses; vtify keeps it.

import { isError, weakMapGet, weakMapHas, weakMapSet } from './intrinsics.js'
import { OVER, rootOf, type Continuation, type StateMachine } from './protocol.js'
import { infoOf } from './registry.js'

function frameLine(fn: StateMachine, state: number): string {
  const info = infoOf(fn)
  if (info === undefined) return `\n    at ${fn.name || '<anonymous state machine>'} (state ${state})`
  const line = info.lines[state] ?? info.lines[0]
  return `\n    at ${info.name} (${info.file}:${line})`
}

/** Innermost first, one line `\n    at name (file:line)` per active multistate call. */
export function logicalStack(k: Continuation): string {
  let lines = ''
  for (let t: Continuation | null = k; t !== null; t = t.extras?.parent ?? null) {
    if (t.on === OVER) break
    lines += frameLine(t.fn, t.state)
    const frames = t.frames
    for (let i = (frames[0] as number) - 1; i >= 1; i -= 2) lines += frameLine(frames[i] as StateMachine, frames[i + 1] as number)
  }
  return lines
}

/** `#id name` of a thread: its root function's name. */
export function threadName(k: Continuation): string {
  const root = rootOf(k)
  return `#${k.id} ${infoOf(root)?.name ?? (root.name || 'thread')}`
}

const recorded = new WeakMap<object, string>()

/**
 * Called when an error leaves a frame. The first time an error object does so, its logical stack
 * (taken now, before unwinding pops the frames) is remembered and appended to error.stack, so a
 * thrown error shows where it happened in the thread, not only the event loop's JS frames.
 */
export function recordLogicalStack(k: Continuation, error: unknown): void {
  if (typeof error !== 'object' || error === null || weakMapHas(recorded, error)) return
  const text = `logical stack of thread ${threadName(k)}:${logicalStack(k)}`
  weakMapSet(recorded, error, text)
  appendToStack(error, text)
}

/**
 * error.stack += text, if the error takes it. A frozen error (or one whose stack is a getter
 * without a setter, or a proxy whose traps throw) keeps its own: the assignment threw out of the
 * event loop and ended the process. VT_stackOf and the unjoined report still have the text.
 */
function appendToStack(error: object, text: string): void {
  try {
    if (isError(error) && typeof error.stack === 'string') error.stack += `\n${text}`
  } catch {
    // left as it was: the thread's code catches the error it threw, unchanged
  }
}

/** The logical stack recorded for an error thrown in a thread, if any (VT_stackOf). */
export function logicalStackOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? weakMapGet(recorded, error) : undefined
}
