// The copies VT_write hands a Node socket, taken from buffers used before. A stream keeps the
// chunk it is given until the data is written, and the thread may reuse its own buffer at once,
// so every write is a copy. A new copy per write is memory outside V8's heap that V8 must count
// and collect: a server sending files in 32 KB chunks at a few hundred MB/s started a full
// (mark-compact) collection several times a second for them alone (docs/runtime.md §10). So a
// copy the socket reports written comes back here, and the next write of its size takes it.
// Only a socket's report means that: any other stream may call back and keep the chunk — a
// PassThrough holds it for its reader, a Writable may collect its chunks — so other streams
// get a copy of their own each time (releasesChunks).

import { bytesSubarray, clz32, setTimeout } from '../intrinsics.js'
import { nodeBuiltin } from '../work/host-threads.js'
import { append } from '../lists.js'
import { copyBytes, ownBuffer, ownCopy } from './bytes.js'

/** Below this, Node's allocUnsafe serves copies from its own shared pool (ownCopy). */
const MIN_BYTES = 4096
/** Larger writes are rare enough for a copy of their own. */
const MAX_BYTES = 1 << 20
/**
 * At most this much waits here for reuse on each event loop — and never more than was being
 * written at once: a copy comes back only after use. 4 MB was too little for 500 connections
 * each sending 32 KB chunks: writes that finished together gave back more than it held, and
 * the full collections came back (docs/benchmarks.md, webstone).
 */
const KEPT_BYTES = 16 << 20

/** What this file needs of a Node stream: write(chunk, done), done called once the chunk is written. */
export interface ChunkWriter {
  write(chunk: Uint8Array, done?: (error?: Error | null) => void): boolean
}

/** Kept buffers are let go after this long without a write that took one: a burst's do not stay for good. */
const IDLE_MS = 10_000

/** Free buffers by size class k (2^k bytes each). */
let free: Uint8Array[][] = []
let keptBytes = 0
/** Copies taken since the idle check last looked, and whether it is due to look. */
let takenSinceLook = 0
let looking = false

interface NodeNet {
  readonly Socket: { readonly prototype: { readonly _write: unknown } }
}
/** How a Node socket writes: a chunk goes to the kernel, or to libuv's queue for it, and is let go when its callback runs. */
const socketWrite: unknown = /* @__PURE__ */ nodeSocketWrite()

function nodeSocketWrite(): unknown {
  return nodeBuiltin<NodeNet>('node:net')?.Socket.prototype._write
}

/** Whether the stream is done with a chunk once its write callback runs: a Node socket (TLS ones too), whose writing it has not replaced. */
export function releasesChunks(stream: object): boolean {
  return socketWrite !== undefined && (stream as { _write?: unknown })._write === socketWrite
}

/** stream.write of a copy of data[0, n) (of a reused buffer when `reuse`: releasesChunks); what write returned (false: over the stream's highWaterMark). */
export function writeCopy(stream: ChunkWriter, data: Uint8Array, n: number, reuse: boolean): boolean {
  if (!reuse || n < MIN_BYTES || n > MAX_BYTES) return stream.write(ownCopy(data, n))
  const k = 32 - clz32(n - 1)
  const buffer = take(k)
  copyBytes(buffer, 0, data, 0, n)
  return stream.write(n === buffer.length ? buffer : bytesSubarray(buffer, 0, n), (error) => {
    // after an error the stream may still hold the chunk (a write in flight as it was destroyed)
    if (error === undefined || error === null) give(k, buffer)
  })
}

function take(k: number): Uint8Array {
  takenSinceLook++
  const list = free[k]
  // a Node Buffer: a stream may use Buffer methods of its chunks
  if (list === undefined || list.length === 0) return ownBuffer(2 ** k)
  const buffer = list[list.length - 1] as Uint8Array
  list.length--
  keptBytes -= buffer.length
  return buffer
}

function give(k: number, buffer: Uint8Array): void {
  if (keptBytes + buffer.length > KEPT_BYTES) return
  keptBytes += buffer.length
  append((free[k] ??= []), buffer)
  if (!looking) lookLater()
}

function lookLater(): void {
  looking = true
  takenSinceLook = 0
  // unref'd: kept buffers never keep a process alive
  ;(setTimeout(lookIdle, IDLE_MS) as { unref?(): void }).unref?.()
}

function lookIdle(): void {
  looking = false
  if (keptBytes === 0) return
  if (takenSinceLook > 0) return lookLater()
  free = []
  keptBytes = 0
}

/** For tests: the bytes waiting for reuse. */
export function keptWriteBytes(): number {
  return keptBytes
}
