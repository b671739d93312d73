// The copies VT_write hands Node streams (runtime/channels/write-buffers.ts): a copy comes back
// for reuse only once the stream reports it written, and never after an error. A stream that
// records what it was given stands in for a socket; test/runtime/sockets.test.ts sends random
// megabytes through real ones, byte for byte.

import { describe, expect, it } from 'vitest'
import { keptWriteBytes, writeCopy, type ChunkWriter } from '../../runtime/channels/write-buffers.js'

/** A stream that keeps every chunk and its callback, and says when to call it. */
class Recorder implements ChunkWriter {
  readonly chunks: Uint8Array[] = []
  readonly callbacks: (((error?: Error | null) => void) | undefined)[] = []

  write(chunk: Uint8Array, done?: (error?: Error | null) => void): boolean {
    this.chunks.push(chunk)
    this.callbacks.push(done)
    return true
  }

  /** Report chunk i written (or failed). */
  written(i: number, error?: Error): void {
    this.callbacks[i]?.(error ?? null)
  }
}

const filledWith = (n: number, byte: number): Uint8Array => new Uint8Array(n).fill(byte)

describe('writeCopy', () => {
  it('hands the stream a copy of data[0, n), which the thread may overwrite at once', () => {
    const stream = new Recorder()
    const data = filledWith(40_000, 1)
    writeCopy(stream, data, 5000)
    data.fill(2)
    expect(stream.chunks[0]).toHaveLength(5000)
    expect(stream.chunks[0]!.every((b) => b === 1)).toBe(true)
  })

  it('reuses a copy the stream reported written, for the next write of its size class', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(32 * 1024, 1), 32 * 1024)
    writeCopy(stream, filledWith(32 * 1024, 2), 32 * 1024) // the first is not written yet: a new one
    expect(stream.chunks[1]!.buffer).not.toBe(stream.chunks[0]!.buffer)
    stream.written(0)
    writeCopy(stream, filledWith(30_000, 3), 30_000)
    expect(stream.chunks[2]!.buffer).toBe(stream.chunks[0]!.buffer)
    expect(stream.chunks[2]).toHaveLength(30_000)
    expect(stream.chunks[2]!.every((b) => b === 3)).toBe(true)
  })

  it('does not reuse a copy whose write failed: the stream may still hold it', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(16 * 1024, 1), 16 * 1024)
    stream.written(0, new Error('write EPIPE'))
    writeCopy(stream, filledWith(16 * 1024, 2), 16 * 1024)
    expect(stream.chunks[1]!.buffer).not.toBe(stream.chunks[0]!.buffer)
  })

  it('copies small and very large writes anew, and keeps at most 16 MB for reuse', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(100, 1), 100)
    writeCopy(stream, filledWith(2 << 20, 1), 2 << 20)
    expect(stream.callbacks.slice(0, 2)).toEqual([undefined, undefined])
    // 320 copies of 64 KiB written at once: 20 MB, of which no more than 16 MB is kept
    for (let i = 0; i < 320; i++) writeCopy(stream, filledWith(64 * 1024, 1), 64 * 1024)
    for (let i = 2; i < stream.chunks.length; i++) stream.written(i)
    expect(keptWriteBytes()).toBeLessThanOrEqual(16 << 20)
    expect(keptWriteBytes()).toBeGreaterThan(15 << 20)
  })
})
