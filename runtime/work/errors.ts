// A pool thread's error, rebuilt on the event loop's side with both stacks: the pool thread's
// frames travel as text in the error's stack; the calling virtual thread's logical stack is
// appended by the runtime when the error leaves the thread's first multistate frame, as for any
// error thrown at a boundary (docs/runtime.md §9).

import { Error, RangeError, ReferenceError, TypeError } from '../intrinsics.js'
import type { SentError } from './thread-main.js'
import type { WorkSpec } from './task.js'

/** The built-in classes an error is rebuilt as, so that `catch (e) { if (e instanceof TypeError) … }` still works. */
const CLASSES: Readonly<Record<string, ErrorConstructor>> = { Error, TypeError, RangeError, ReferenceError }

/** The error VT_work throws at its call site for `sent`, thrown by spec's function on pool thread `thread`. */
export function rebuild(sent: SentError, spec: WorkSpec, thread: number): Error {
  if (sent.missing !== undefined) return closureError(sent, spec, thread)
  const error = errorLike(sent)
  if (sent.code !== undefined) (error as { code?: unknown }).code = sent.code
  error.stack = `${stackOf(sent)}\n    on pool thread #${thread}, running ${spec.name} for VT_work`
  return error
}

/** An error of the built-in class `sent` names (Error for any other), with its name and message: its stack is the caller's to set. */
export function errorLike(sent: Pick<SentError, 'name' | 'message'>): Error {
  const error = new (CLASSES[sent.name] ?? Error)(sent.message)
  if (error.name !== sent.name) error.name = sent.name
  return error
}

/** A function sent as source that read a variable it does not have there: the closure it lost. */
function closureError(sent: SentError, spec: WorkSpec, thread: number): Error {
  const error = new TypeError(
    `VT_work: ${spec.name} uses ${sent.missing}, which does not exist on the pool thread: a function sent by its source text ` +
      `loses its closure and its module's imports. Pass ${sent.missing} as an argument, or export the function and run ` +
      `VT_task(import.meta.url, ${spec.name}) instead`,
  )
  error.stack = `${error.name}: ${error.message}\n  caused on pool thread #${thread} by ${stackOf(sent)}`
  return error
}

function stackOf(sent: SentError): string {
  return sent.stack !== '' ? sent.stack : `${sent.name}: ${sent.message}`
}
