// Byte copying without per-call allocation on the small sizes a byte-at-a-time thread uses.

import { TypeError, Uint8Array, bindFunction, bytesSet, bytesSubarray, isUint8Array, utf8 } from '../intrinsics.js'

/** Copy src[from, from+count) to dst[at, at+count). */
export function copyBytes(dst: Uint8Array, at: number, src: Uint8Array, from: number, count: number): void {
  if (count <= 32) {
    for (let i = 0; i < count; i++) dst[at + i] = src[from + i] as number
  } else {
    bytesSet(dst, from === 0 && count === src.length ? src : bytesSubarray(src, from, from + count), at)
  }
}

interface BufferLike {
  allocUnsafe(size: number): Uint8Array
  allocUnsafeSlow(size: number): Uint8Array
}
const allocUnsafe = /* @__PURE__ */ bufferMethod('allocUnsafe')
const allocUnsafeSlow = /* @__PURE__ */ bufferMethod('allocUnsafeSlow')

/** Node's Buffer[name], bound, or undefined where there is no Buffer (a browser; a bundle that does not use it drops the call). */
function bufferMethod<Name extends keyof BufferLike>(name: Name): BufferLike[Name] | undefined {
  const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer
  return NodeBuffer === undefined ? undefined : (bindFunction.call(NodeBuffer[name], NodeBuffer) as BufferLike[Name])
}

/** A buffer of its own, not a view into Node's shared pool (it may be kept); a Node Buffer where there is one. */
export function ownBuffer(bytes: number): Uint8Array {
  return allocUnsafeSlow !== undefined ? allocUnsafeSlow(bytes) : new Uint8Array(bytes)
}

/**
 * A private copy of data[0, n) for a channel that keeps the chunk after VT_write returns (the
 * thread may reuse its buffer at once). Node's pooled Buffer is far cheaper for small chunks.
 */
export function ownCopy(data: Uint8Array, n: number): Uint8Array {
  const copy = allocUnsafe !== undefined ? allocUnsafe(n) : new Uint8Array(n)
  copyBytes(copy, 0, data, 0, n)
  return copy
}

/** VT_write's data as bytes: strings are written as UTF-8. */
export function asBytes(data: Uint8Array | string): Uint8Array {
  if (typeof data === 'string') return utf8(data)
  if (isUint8Array(data)) return data
  throw new TypeError(`VT_write: data must be a Uint8Array or a string, got ${data === null ? 'null' : typeof data}`)
}
