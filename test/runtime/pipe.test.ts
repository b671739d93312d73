// VT_pipe: the in-memory channel — bounded buffer, backpressure, end of stream, resets.

import { describe, expect, it } from 'vitest'
import { ChannelError, VT_close, VT_dump, VT_pipe, VT_run, VT_spawn } from '../../runtime/index.js'
import { once, readAll, writeAll } from './machines/basics.js'

const bytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 255)

describe('VT_pipe', () => {
  it('carries bytes between threads intact, in chunks of any size', async () => {
    const pipe = VT_pipe(16)
    const data = bytes(1000)
    const [written, read] = await Promise.all([VT_run(writeAll, pipe, data, 37, VT_close), VT_run(readAll, pipe, 5)])
    expect(written).toBe(1000)
    expect(read).toEqual(data)
  })

  it('makes a writer wait while the buffer is full, and never buffers more than its capacity', async () => {
    const pipe = VT_pipe(16)
    const data = bytes(100)
    const writer = VT_run(writeAll, pipe, data, 10, VT_close)
    await VT_run(once, 'sleep', 2)
    expect(pipe.buffered).toBe(16)
    expect(VT_dump()).toMatch(/thread #\d+ writeAll: waiting in VT_write\n {4}at writeAll \(test\/runtime\/machines\/basics.ts:3\)/)
    expect(await VT_run(readAll, pipe, 3)).toEqual(data)
    expect(await writer).toBe(100)
  })

  it('reads what is buffered after close, then 0; writing to a closed pipe throws at the call site', async () => {
    const pipe = VT_pipe()
    await VT_run(writeAll, pipe, bytes(3), 3, VT_close)
    expect(await VT_run(readAll, pipe, 2)).toEqual(bytes(3))
    const error = await VT_run(writeAll, pipe, bytes(1), 1, VT_close).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({ code: 'ECLOSED', message: expect.stringMatching(/^VT_write: pipe #\d+ is closed/) })
  })

  it('fails a parked writer when the pipe is closed under it', async () => {
    const pipe = VT_pipe(2)
    const writer = VT_run(writeAll, pipe, bytes(10), 10, VT_close)
    await VT_run(once, 'sleep', 1)
    pipe.close()
    await expect(writer).rejects.toMatchObject({ code: 'ECLOSED' })
  })

  it('throws ECONNRESET in a waiting reader when the pipe is destroyed', async () => {
    const pipe = VT_pipe()
    const reader = VT_run(readAll, pipe, 4)
    await VT_run(once, 'sleep', 1)
    pipe.destroy()
    await expect(reader).rejects.toMatchObject({ code: 'ECONNRESET', message: expect.stringMatching(/pipe #\d+ was reset/) })
  })

  it('refuses a second thread waiting on the same side with a clear error', async () => {
    const pipe = VT_pipe()
    const first = VT_spawn(readAll, pipe, 4)
    await expect(VT_run(readAll, pipe, 4)).rejects.toThrow(
      new RegExp(`VT_read: thread #${first.id} is already waiting in VT_read on pipe #\\d+; one thread at a time`),
    )
    pipe.close()
    expect(await VT_run(once, 'join', first)).toEqual(new Uint8Array(0))
  })

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => VT_pipe(0)).toThrow(/VT_pipe: capacity must be an integer ≥ 1, got 0/)
  })
})
