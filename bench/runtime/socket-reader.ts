// VT_read for async code: read up to buf.length bytes from a socket, 0 at its end. Pulls one
// chunk at a time from the socket's async iterator (paused mode, so nothing is buffered beyond
// the stream's highWaterMark) and keeps the rest of a chunk for the next read, as the runtime's
// port does.

import type { Socket } from 'node:net'

export class SocketReader {
  private readonly chunks: AsyncIterator<Buffer>
  private chunk: Buffer = Buffer.alloc(0)
  private offset = 0

  constructor(sock: Socket) {
    this.chunks = sock[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  }

  async read(buf: Uint8Array): Promise<number> {
    if (this.offset === this.chunk.length) {
      const next = await this.chunks.next()
      if (next.done === true) return 0
      this.chunk = next.value
      this.offset = 0
    }
    const n = this.chunk.copy(buf, 0, this.offset, Math.min(this.chunk.length, this.offset + buf.length))
    this.offset += n
    return n
  }
}
