// Errors of ended threads that nobody consumed — no joiner, no parent of a dynamic call, no
// VT_run promise —, kept until the round ends (a join later in the round still consumes them),
// then reported once with the thread's logical stack (config.onUnjoinedError). A module of its
// own so that the event loop, which reports after each round, and threads.ts, which keeps them,
// do not import each other.

import { config } from './config.js'
import { safeString } from './errors.js'
import { isError, setTimeout, stringIndexOf } from './intrinsics.js'
import { append } from './lists.js'
import { errorOf, extrasOf, type Continuation } from './protocol.js'
import { logicalStackOf, threadName } from './stack.js'

let unjoined: Continuation[] = []

/** k ended with an error nobody has consumed yet. */
export function keepUnjoined(k: Continuation): void {
  append(unjoined, k)
}

/** After each round: errors of ended threads that nobody joined meanwhile are reported, once. */
export function reportUnjoinedErrors(): void {
  if (unjoined.length === 0) return
  // a fresh list: a reporter may end more threads meanwhile (VT_cancel)
  const ended = unjoined
  unjoined = []
  for (let i = 0; i < ended.length; i++) {
    const k = ended[i] as Continuation
    const extras = extrasOf(k)
    if (extras.errorSeen) continue
    extras.errorSeen = true
    report(k)
  }
}

/**
 * Hand k's error to the reporter. A reporter that throws does not stop the event loop, which
 * reports between its rounds: the errors after it in the list were lost and the next round was
 * not scheduled, so runnable threads stalled. Its error is thrown from a host task instead, an
 * uncaught exception as that of any callback.
 */
function report(k: Continuation): void {
  try {
    config.onUnjoinedError(unjoinedReport(k), errorOf(k), k)
  } catch (error) {
    setTimeout(rethrow, 0, error)
  }
}

function rethrow(error: unknown): never {
  throw error
}

function unjoinedReport(k: Continuation): string {
  const error = errorOf(k)
  const head = `vtify: thread ${threadName(k)} ended with an error that no thread joined:`
  const logical = logicalStackOf(error)
  const stack = stackOf(error)
  if (stack === undefined) return `${head}\nthrown value: ${safeString(error)}\n${logical ?? '(no logical stack: the thrown value is not an object)'}`
  // An Error's stack already ends with its logical stack (stack.ts), unless it refused it (frozen).
  return `${head}\n${logical === undefined || stringIndexOf(stack, logical) >= 0 ? stack : `${stack}\n${logical}`}`
}

/** An Error's stack (or its string form, without one); undefined for another value, or an error that cannot be read. */
function stackOf(error: unknown): string | undefined {
  try {
    if (!isError(error)) return undefined
    const stack: unknown = error.stack
    return typeof stack === 'string' ? stack : safeString(error)
  } catch {
    return undefined // a proxy whose traps throw, a stack getter that throws: reported as a thrown value
  }
}
