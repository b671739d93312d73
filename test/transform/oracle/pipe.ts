// The reference pipe of the oracle: an in-memory byte FIFO holding at most `capacity` bytes
// (docs/runtime.md §10). Written from the documented behaviour, not from runtime/channels/pipe.ts:
// - VT_read returns 1..n buffered bytes at once; with none it waits for a writer; after close(),
//   once the buffer is drained, it returns 0 (end of stream);
// - VT_write moves as much as fits; a parked reader is handed bytes as soon as there are any;
//   the writer waits until all its bytes are in the buffer (backpressure), and every read that
//   frees space moves more of them in;
// - one thread at a time may wait on each side (EBUSY); writing a closed pipe, or any use of a
//   destroyed one, fails (ECLOSED, ECONNRESET). close() fails a waiting writer.
// A waiting thread is resumed through its Waker, which appends it to the active queue.

export type Outcome = { value: unknown } | { thrown: unknown }
export type Waker = (outcome: Outcome) => void

export class ChannelError extends Error {
  readonly code: string
  constructor(code: string, message: string) {
    super(message)
    this.name = 'ChannelError'
    this.code = code
  }
}

interface Reader {
  wake: Waker
  buf: Uint8Array
  max: number
}

interface Writer {
  wake: Waker
  bytes: Uint8Array
  moved: number
}

let count = 0

export class Pipe {
  private readonly bytes: number[] = []
  private reader: Reader | null = null
  private writer: Writer | null = null
  private closed = false
  private reset = false
  private readonly name = `oracle pipe ${++count}`

  constructor(private readonly capacity = 65536) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`VT_pipe: capacity must be an integer ≥ 1, got ${capacity}`)
  }

  get buffered(): number {
    return this.bytes.length
  }

  /** Bytes read now, or null: the reader waits and `wake` resumes it. */
  read(wake: Waker, buf: Uint8Array, max: number): number | null {
    this.check('VT_read')
    if (this.bytes.length > 0) {
      const n = this.take(buf, max)
      this.fillFromWriter()
      return n
    }
    if (this.closed) return 0
    if (this.reader) throw new ChannelError('EBUSY', `VT_read: another thread is already reading ${this.name}`)
    this.reader = { wake, buf, max }
    return null
  }

  /** Bytes written now (all of them), or null: the writer waits until the rest is buffered. */
  write(wake: Waker, bytes: Uint8Array): number | null {
    this.check('VT_write')
    if (this.closed) throw new ChannelError('ECLOSED', `VT_write: ${this.name} is closed`)
    if (this.writer) throw new ChannelError('EBUSY', `VT_write: another thread is already writing ${this.name}`)
    const writer: Writer = { wake, bytes, moved: 0 }
    this.move(writer)
    if (writer.moved === bytes.length) return bytes.length
    this.writer = writer
    return null
  }

  close(): void {
    if (this.closed) return
    this.closed = true
    const writer = this.writer
    this.writer = null
    writer?.wake({ thrown: new ChannelError('ECLOSED', `VT_write: ${this.name} was closed while writing`) })
    const reader = this.reader
    this.reader = null
    reader?.wake({ value: 0 }) // a waiting reader means the buffer is empty: end of stream
  }

  destroy(): void {
    if (this.reset) return
    this.reset = true
    for (const waiting of [this.reader, this.writer]) waiting?.wake({ thrown: this.resetError() })
    this.reader = this.writer = null
  }

  private check(op: string): void {
    if (this.reset) throw this.resetError(op)
  }

  private resetError(op = 'VT_read'): ChannelError {
    return new ChannelError('ECONNRESET', `${op}: ${this.name} was destroyed`)
  }

  /** Move the writer's bytes into free space, handing them to a waiting reader as they arrive. */
  private move(writer: Writer): void {
    for (;;) {
      const room = Math.min(this.capacity - this.bytes.length, writer.bytes.length - writer.moved)
      for (let i = 0; i < room; i++) this.bytes.push(writer.bytes[writer.moved + i]!)
      writer.moved += room
      const reader = this.reader
      if (reader === null || this.bytes.length === 0) return
      this.reader = null
      reader.wake({ value: this.take(reader.buf, reader.max) })
    }
  }

  /** Space was freed: the waiting writer moves more in, and resumes once all of it is in. */
  private fillFromWriter(): void {
    const writer = this.writer
    if (writer === null) return
    this.move(writer)
    if (writer.moved < writer.bytes.length) return
    this.writer = null
    writer.wake({ value: writer.bytes.length })
  }

  private take(buf: Uint8Array, max: number): number {
    const n = Math.min(max, this.bytes.length)
    for (let i = 0; i < n; i++) buf[i] = this.bytes.shift()!
    return n
  }
}
