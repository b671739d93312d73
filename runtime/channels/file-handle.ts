// A Node fs/promises FileHandle as a channel, by structural typing. Reads and writes go through
// the handle's current position, like read(2)/write(2) on a file descriptor. VT_write waits for
// the write to complete (the data is not copied), writing again after a short write.

import { whenSettled } from '../intrinsics.js'
import { complete, fail } from '../loop.js'
import { WAIT, type Continuation, type Signal } from '../protocol.js'
import { channelBusy, channelFailure } from '../errors.js'
import type { Port } from './port.js'

export interface FileHandleLike {
  readonly fd: number
  read(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesRead: number }>
  write(buffer: Uint8Array, offset: number, length: number, position: null): Promise<{ bytesWritten: number }>
  readFile: (...args: never[]) => unknown
}

export function isFileHandle(ch: object): ch is FileHandleLike {
  const f = ch as Partial<FileHandleLike>
  return typeof f.fd === 'number' && typeof f.read === 'function' && typeof f.write === 'function' && typeof f.readFile === 'function'
}

export class FileHandlePort implements Port {
  readonly what: string
  private reader: Continuation | null = null
  private writer: Continuation | null = null

  constructor(private readonly file: FileHandleLike) {
    this.what = `file handle fd ${file.fd}`
  }

  read(k: Continuation, buf: Uint8Array, n: number): Signal {
    if (this.reader !== null) throw channelBusy('VT_read', this.what, this.reader, k)
    this.reader = k
    void whenSettled(
      this.file.read(buf, 0, n, null),
      ({ bytesRead }) => this.resumeReader(k, null, bytesRead),
      (error: unknown) => this.resumeReader(k, channelFailure('VT_read', this.what, error), 0),
    )
    return WAIT
  }

  write(k: Continuation, data: Uint8Array, n: number): Signal {
    if (this.writer !== null) throw channelBusy('VT_write', this.what, this.writer, k)
    this.writer = k
    this.writeFrom(k, data, 0, n)
    return WAIT
  }

  /**
   * A cancelled reader or writer is forgotten. The operation in flight cannot be stopped: a read
   * still consumes its bytes (they land in the cancelled thread's buffer); a write stops after
   * the chunk in flight.
   */
  unpark(k: Continuation): void {
    if (this.reader === k) this.reader = null
    if (this.writer === k) this.writer = null
  }

  private writeFrom(k: Continuation, data: Uint8Array, done: number, n: number): void {
    void whenSettled(
      this.file.write(data, done, n - done, null),
      ({ bytesWritten }) => {
        if (this.writer !== k) return // cancelled meanwhile
        if (done + bytesWritten < n) this.writeFrom(k, data, done + bytesWritten, n)
        else this.resumeWriter(k, null, n)
      },
      (error: unknown) => this.resumeWriter(k, channelFailure('VT_write', this.what, error), 0),
    )
  }

  // k: the thread the operation was started for; if it is no longer the waiter, it was cancelled
  // and the result is dropped.
  private resumeReader(k: Continuation, error: unknown, bytes: number): void {
    if (this.reader !== k) return
    this.reader = null
    if (error !== null) fail(k, error)
    else complete(k, bytes)
  }

  private resumeWriter(k: Continuation, error: unknown, bytes: number): void {
    if (this.writer !== k) return
    this.writer = null
    if (error !== null) fail(k, error)
    else complete(k, bytes)
  }
}
