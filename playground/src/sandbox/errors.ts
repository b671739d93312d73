// A thread's error as the Run pane prints it: the error and the thread's logical stack (the
// chain of multistate calls it was in, which the runtime records), not the sandbox's JS frames,
// which name blob URLs and the minified runtime.

import { VT_stackOf } from '../../../runtime/index'
import { show } from './show'

/** `Error: message`, or the thrown value when it is not an Error. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error) : `thrown value ${show(error)}`
  } catch {
    return 'an error that cannot be printed'
  }
}

export function describeError(error: unknown): string {
  const logical = VT_stackOf(error)
  return logical ? `${errorText(error)}\n${logical}` : errorText(error)
}
