// Buffers kept for reuse by VT_write's socket copies (runtime/channels/write-buffers.ts) are let
// go once no write has taken one for 10 s. Fake timers from before the module loads: the runtime
// takes setTimeout when it loads (intrinsics.ts).

import { expect, it, vi } from 'vitest'

vi.useFakeTimers()
const { keptWriteBytes, writeCopy } = await import('../../runtime/channels/write-buffers.js')

/** A stream that reports every chunk written at once. */
const socketLike = { write: (_chunk: Uint8Array, done?: (error?: Error | null) => void) => (done?.(null), true) }

it('lets kept buffers go after 10 s without a write that takes one, and not while writes go on', () => {
  const data = new Uint8Array(32 * 1024)
  for (let i = 0; i < 4; i++) writeCopy(socketLike, data, data.length, true)
  expect(keptWriteBytes()).toBe(32 * 1024) // written at once: each write took the one the last gave back
  vi.advanceTimersByTime(5_000)
  writeCopy(socketLike, data, data.length, true)
  vi.advanceTimersByTime(5_000) // 10 s after the first: a write took one meanwhile
  expect(keptWriteBytes()).toBe(32 * 1024)
  vi.advanceTimersByTime(10_000) // 10 s more without one
  expect(keptWriteBytes()).toBe(0)
  writeCopy(socketLike, data, data.length, true)
  expect(keptWriteBytes()).toBe(32 * 1024)
})
