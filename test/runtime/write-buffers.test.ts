// The copies VT_write hands Node sockets (runtime/channels/write-buffers.ts): a copy comes back
// for reuse only once the socket reports it written, never after an error, and never from a
// stream that may keep its chunks after its callback. A stream that records what it was given
// stands in for a socket; test/runtime/sockets.test.ts sends random megabytes through real ones,
// byte for byte.

import net from 'node:net'
import tls from 'node:tls'
import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { VT_run } from '../../runtime/index.js'
import { keptWriteBytes, releasesChunks, writeCopy, type ChunkWriter } from '../../runtime/channels/write-buffers.js'
import { writeAll } from './machines/basics.js'

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
    writeCopy(stream, data, 5000, true)
    data.fill(2)
    expect(stream.chunks[0]).toHaveLength(5000)
    expect(stream.chunks[0]!.every((b) => b === 1)).toBe(true)
  })

  it('reuses a copy the stream reported written, for the next write of its size class', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(32 * 1024, 1), 32 * 1024, true)
    writeCopy(stream, filledWith(32 * 1024, 2), 32 * 1024, true) // the first is not written yet: a new one
    expect(stream.chunks[1]!.buffer).not.toBe(stream.chunks[0]!.buffer)
    stream.written(0)
    writeCopy(stream, filledWith(30_000, 3), 30_000, true)
    expect(stream.chunks[2]!.buffer).toBe(stream.chunks[0]!.buffer)
    expect(stream.chunks[2]).toHaveLength(30_000)
    expect(stream.chunks[2]!.every((b) => b === 3)).toBe(true)
  })

  it('does not reuse a copy whose write failed: the stream may still hold it', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(16 * 1024, 1), 16 * 1024, true)
    stream.written(0, new Error('write EPIPE'))
    writeCopy(stream, filledWith(16 * 1024, 2), 16 * 1024, true)
    expect(stream.chunks[1]!.buffer).not.toBe(stream.chunks[0]!.buffer)
  })
})

describe('which streams get reused copies', () => {
  it('only sockets: their write callback means the chunk is written', () => {
    expect(releasesChunks(new net.Socket())).toBe(true)
    expect(releasesChunks(new tls.TLSSocket(new net.Socket()))).toBe(true)
    expect(releasesChunks(new PassThrough())).toBe(false)
    expect(releasesChunks(new Writable({ write: (_chunk, _encoding, done) => done() }))).toBe(false)
  })

  it('gives a stream that keeps its chunks a copy of its own for every VT_write', async () => {
    const kept: Buffer[] = []
    const collector = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        kept.push(chunk) // kept after the callback, as a PassThrough keeps chunks for its reader
        setImmediate(done) // so that VT_write waits for 'drain', and a copy could come back meanwhile
      },
    })
    const data = new Uint8Array(64 * 32 * 1024).map((_, i) => i >> 15) // chunk c is all c
    expect(await VT_run(writeAll, collector, data, 32 * 1024, () => undefined)).toBe(data.length)
    expect(kept).toHaveLength(64)
    expect(kept.every((chunk, c) => chunk.length === 32 * 1024 && chunk.every((b) => b === c))).toBe(true)
  })
})

// Last: it leaves the free buffers full, and with no room a copy is never reused.
describe('how much is kept', () => {
  it('copies small and very large writes anew, and keeps at most 16 MB for reuse', () => {
    const stream = new Recorder()
    writeCopy(stream, filledWith(100, 1), 100, true)
    writeCopy(stream, filledWith(2 << 20, 1), 2 << 20, true)
    expect(stream.callbacks.slice(0, 2)).toEqual([undefined, undefined])
    // 320 copies of 64 KiB written at once: 20 MB, of which no more than 16 MB is kept
    for (let i = 0; i < 320; i++) writeCopy(stream, filledWith(64 * 1024, 1), 64 * 1024, true)
    for (let i = 2; i < stream.chunks.length; i++) stream.written(i)
    expect(keptWriteBytes()).toBeLessThanOrEqual(16 << 20)
    expect(keptWriteBytes()).toBeGreaterThan(15 << 20)
  })
})
