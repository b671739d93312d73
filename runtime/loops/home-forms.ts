// The primitive a thread moved home for through a handle (handles.ts), made on arrival with the
// arguments it was called with. A table filled in by the primitives' own modules would be a
// top-level statement in each, which keeps all of them — and every channel they reach — in a
// bundle that uses none (docs/runtime.md §11, "What a bundle takes"); this function is reached
// only when a thread arrives from another event loop.

import type { Continuation, Signal } from '../protocol.js'
import { kAccept, kRead, kWrite } from '../primitives.js'
import { kReadLine } from '../channels/lines.js'
import type { HomeCall } from './handles.js'

export function callHomeForm(k: Continuation, form: HomeCall, args: readonly unknown[]): Signal {
  switch (form) {
    case 'read':
      return kRead(k, args[0], args[1] as Uint8Array, args[2] as number | undefined)
    case 'write':
      return kWrite(k, args[0], args[1] as Uint8Array, args[2] as number)
    case 'accept':
      return kAccept(k, args[0])
    case 'readLine':
      return kReadLine(k, args[0])
  }
}
