// A handle that names another event loop, where only one runs (a handle made up, or kept from a
// run with several loops): the primitive says so, rather than fail inside the runtime.

import { describe, expect, it } from 'vitest'
import { VT_close, kRead, type Continuation } from '../../runtime/index.js'

const elsewhere = { vtifyHandle: true, loop: 1, id: 7 } as const

describe('a handle of another event loop, with one loop running', () => {
  it('VT_read says the handle is of a loop that does not run here', () => {
    // the check comes before anything touches the thread, so no thread is needed
    expect(() => kRead({} as Continuation, elsewhere, new Uint8Array(4))).toThrow(
      'VT_read: the handle #7 is of event loop #1, and only one event loop runs here',
    )
  })

  it('VT_close says the same', () => {
    expect(() => VT_close(elsewhere)).toThrow('VT_close: the handle #7 is of event loop #1, and only one event loop runs here')
  })
})
