// The hand-written callback twin of examples/simple-web-server, a baseline of `npm run
// bench:webstone`: what an event-driven server looks like without threads or promises — each
// connection a small state machine written by hand, driven by 'data', fs callbacks and 'drain'.
// It shares the example's I/O-free modules and reads files the same way (CHUNK bytes per read,
// head and first chunk in one write, the socket handed a copy).
//   PORT=0 ROOT=dir TIMEOUT_MS=10000 node sws-callbacks.js

import { once } from 'node:events'
import fs from 'node:fs'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import path from 'node:path'
import { CHUNK, readConfig } from '../../examples/simple-web-server/src/config.js'
import { HeadBuffer, TOO_LARGE } from '../../examples/simple-web-server/src/head-buffer.js'
import { errorResponse, parseHead, responseHead } from '../../examples/simple-web-server/src/http.js'
import { contentType } from '../../examples/simple-web-server/src/mime.js'
import { OPEN_FLAGS, openFailure, route, type FileRoute } from '../../examples/simple-web-server/src/route.js'

const encoder = new TextEncoder()

type Opened = { fd: number; size: number; name: string } | 'directory' | number
type Done = (error: Error | null) => void

/** open + fstat of a regular file, or 'directory', or a status (403, 404). */
function openRegular(name: string, then: (error: Error | null, found: Opened) => void): void {
  fs.open(name, OPEN_FLAGS, (error, fd) => {
    if (error !== null) {
      const status = openFailure(error)
      return status === undefined ? then(error, 404) : then(null, status)
    }
    fs.fstat(fd, (statError, stats) => {
      if (statError === null && stats.isFile()) return then(null, { fd, size: stats.size, name })
      fs.close(fd, () => then(statError, stats?.isDirectory() ? 'directory' : 403))
    })
  })
}

class Connection {
  private readonly input = new HeadBuffer()
  private pending: Buffer | null = null
  private out: Uint8Array | null = null
  private busy = false
  private ended = false
  private closed = false

  constructor(
    private readonly sock: Socket,
    private readonly root: string,
  ) {
    sock.on('data', (chunk: Buffer) => {
      sock.pause()
      this.pending = chunk
      this.step()
    })
    sock.on('end', () => {
      this.ended = true
      this.step()
    })
    sock.on('close', () => (this.closed = true))
    sock.on('error', (error) => this.failed(error))
  }

  /** Move received bytes into the head buffer as far as it has room. */
  private fill(): void {
    while (this.pending !== null) {
      const space = this.input.space()
      if (space.length === 0) return
      const n = this.pending.copy(space, 0, 0, Math.min(space.length, this.pending.length))
      this.input.added(n)
      this.pending = n === this.pending.length ? null : this.pending.subarray(n)
    }
  }

  /** Answer the next complete request, or wait for more bytes. */
  private step(): void {
    if (this.busy || this.closed) return
    this.fill()
    const length = this.input.findHead()
    if (length === -1) {
      if (this.pending !== null) return
      if (this.ended) this.sock.end()
      else this.sock.resume()
      return
    }
    if (length === TOO_LARGE) return this.answer(errorResponse(431, false, false), false)
    const request = parseHead(this.input.take(length))
    if (request === 400) return this.answer(errorResponse(400, false, false), false)
    const next = route(request, this.root)
    if ('status' in next) return this.answer(errorResponse(next.status, next.keepAlive, next.headOnly), next.keepAlive)
    this.busy = true
    this.sendFileResponse(next, (error) => (error === null ? this.answered(next.keepAlive) : this.failed(error)))
  }

  private answer(text: string, keepAlive: boolean): void {
    this.busy = true
    this.write(text, () => this.answered(keepAlive))
  }

  private answered(keepAlive: boolean): void {
    this.busy = false
    if (!keepAlive) this.sock.end()
    else this.step()
  }

  /** Write, then call `then` once the socket is below its high-water mark. */
  private write(data: string | Uint8Array, then: () => void): void {
    if (this.closed) return
    if (this.sock.write(data)) then()
    else this.sock.once('drain', then)
  }

  private sendFileResponse(answer: FileRoute, done: Done): void {
    openRegular(answer.file, (error, found) => {
      if (found === 'directory')
        return openRegular(path.join(answer.file, 'index.html'), (e, index) => this.opened(answer, e, index === 'directory' ? 404 : index, done))
      this.opened(answer, error, found, done)
    })
  }

  private opened(answer: FileRoute, error: Error | null, found: Opened, done: Done): void {
    if (error !== null) return done(error)
    if (typeof found === 'number') return this.write(errorResponse(found, answer.keepAlive, answer.headOnly), () => done(null))
    if (found === 'directory') return done(new Error('unreachable: a directory after index.html'))
    const out = (this.out ??= new Uint8Array(CHUNK))
    const head = encoder.encodeInto(responseHead(200, contentType(found.name), found.size, answer.keepAlive), out).written
    this.pump(found.fd, out, head, answer.headOnly ? 0 : found.size, (e) => fs.close(found.fd, () => done(e)))
  }

  /** Read the next chunk after `used` bytes already in out, write it, and again until `left` is 0. */
  private pump(fd: number, out: Uint8Array, used: number, left: number, done: Done): void {
    if (this.closed) return done(new Error('the connection is closed'))
    if (left === 0) return this.write(Buffer.from(out.subarray(0, used)), () => done(null))
    fs.read(fd, out, used, Math.min(left, out.length - used), null, (error, n) => {
      if (error !== null) return done(error)
      if (n === 0) return done(new Error(`the file ended ${left} bytes short of the length it had when opened`))
      const rest = left - n
      this.write(Buffer.from(out.subarray(0, used + n)), () => (rest === 0 ? done(null) : this.pump(fd, out, 0, rest, done)))
    })
  }

  private failed(error: Error): void {
    if (!this.closed) console.error(`connection ${this.sock.remoteAddress}:${this.sock.remotePort}: ${String(error)}`)
    this.sock.destroy()
  }
}

const config = readConfig()
const server = createServer({ noDelay: true }, (sock) => {
  sock.setTimeout(config.timeoutMs, () => sock.destroy())
  new Connection(sock, config.root)
})
server.listen({ port: config.port, host: '127.0.0.1', backlog: 4096 })
await once(server, 'listening')
const { address, port } = server.address() as AddressInfo
console.log(`listening on ${address}:${port}`)
console.log(`serving ${config.root}, idle timeout ${config.timeoutMs} ms`)
