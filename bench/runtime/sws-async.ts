// The async/await twin of examples/simple-web-server, the baseline of `npm run bench:sws`: the
// same behaviour with net and async functions. It shares the example's I/O-free modules (request
// parsing, routing, the head buffer, MIME types, config), reads files the same way (a FileHandle,
// CHUNK bytes per read, head and first chunk in one write) and differs only where it waits:
// `await` where the example has a VT_* boundary, socket.setTimeout for the idle timeout.
//   PORT=0 ROOT=dir TIMEOUT_MS=10000 node sws-async.js

import { once } from 'node:events'
import { open, type FileHandle } from 'node:fs/promises'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import path from 'node:path'
import { CHUNK, readConfig } from '../../examples/simple-web-server/src/config.js'
import { HeadBuffer, TOO_LARGE } from '../../examples/simple-web-server/src/head-buffer.js'
import { errorResponse, parseHead, responseHead } from '../../examples/simple-web-server/src/http.js'
import { contentType } from '../../examples/simple-web-server/src/mime.js'
import { OPEN_FLAGS, openFailure, route } from '../../examples/simple-web-server/src/route.js'
import { SocketReader } from './socket-reader.js'

const encoder = new TextEncoder()

/**
 * Write all of data; like VT_write, the socket gets a copy and backpressure is waited for. A
 * socket closed meanwhile (reset, idle timeout) fails the wait instead of leaving it pending.
 */
async function write(sock: Socket, data: Uint8Array | string, n?: number): Promise<void> {
  // Closed while this connection awaited something else: its 'close' has been and gone.
  if (sock.destroyed) throw new Error('write: the connection is closed')
  const chunk = typeof data === 'string' ? data : Buffer.from(data.subarray(0, n))
  if (sock.write(chunk)) return
  const done = new AbortController()
  const closed = once(sock, 'close', done).then(() => Promise.reject(new Error('the connection closed while a write waited for drain')))
  try {
    await Promise.race([once(sock, 'drain', done), closed])
  } finally {
    done.abort()
  }
}

/** A regular file opened, 'directory', or a status (403, 404). */
async function openRegular(name: string): Promise<{ handle: FileHandle; size: number; name: string } | 'directory' | number> {
  const handle = await open(name, OPEN_FLAGS).catch((error: unknown) => {
    const status = openFailure(error)
    if (status === undefined) throw error
    return status
  })
  if (typeof handle === 'number') return handle
  const stats = await handle.stat().catch(async (error: unknown) => {
    await handle.close()
    throw error
  })
  if (stats.isFile()) return { handle, size: stats.size, name }
  await handle.close()
  return stats.isDirectory() ? 'directory' : 403
}

async function sendFileResponse(sock: Socket, file: string, keepAlive: boolean, headOnly: boolean, out: Uint8Array): Promise<void> {
  let found = await openRegular(file)
  if (found === 'directory') found = await openRegular(path.join(file, 'index.html'))
  if (found === 'directory') found = 404
  if (typeof found === 'number') return write(sock, errorResponse(found, keepAlive, headOnly))
  try {
    let used = encoder.encodeInto(responseHead(200, contentType(found.name), found.size, keepAlive), out).written
    let left = headOnly ? 0 : found.size
    do {
      if (left > 0) {
        const { bytesRead } = await found.handle.read(out, used, Math.min(left, out.length - used), null)
        if (bytesRead === 0) throw new Error(`the file ended ${left} bytes short of the length it had when opened`)
        used += bytesRead
        left -= bytesRead
      }
      await write(sock, out, used)
      used = 0
    } while (left > 0)
  } finally {
    await found.handle.close()
  }
}

async function serveConnection(sock: Socket, root: string): Promise<void> {
  const reader = new SocketReader(sock)
  const input = new HeadBuffer()
  let out: Uint8Array | null = null
  for (;;) {
    let length = input.findHead()
    while (length === -1) {
      const n = await reader.read(input.space())
      if (n === 0) return
      input.added(n)
      length = input.findHead()
    }
    if (length === TOO_LARGE) return write(sock, errorResponse(431, false, false))
    const request = parseHead(input.take(length))
    if (request === 400) return write(sock, errorResponse(400, false, false))
    const next = route(request, root)
    if ('status' in next) await write(sock, errorResponse(next.status, next.keepAlive, next.headOnly))
    else await sendFileResponse(sock, next.file, next.keepAlive, next.headOnly, (out ??= new Uint8Array(CHUNK)))
    if (!next.keepAlive) return
  }
}

async function connection(sock: Socket, root: string, timeoutMs: number): Promise<void> {
  const peer = `${sock.remoteAddress}:${sock.remotePort}` // unknown once the socket is destroyed
  let timedOut = false
  // Node's idle timer counts reads and writes, like the example's watchdog.
  sock.setTimeout(timeoutMs, () => {
    timedOut = true
    sock.destroy()
  })
  try {
    await serveConnection(sock, root)
  } catch (error) {
    if (!timedOut) console.error(`connection ${peer}: ${String(error)}\n${(error as Error).stack ?? ''}`)
  } finally {
    if (!sock.destroyed) sock.end()
  }
}

const config = readConfig()
const server = createServer({ noDelay: true }, (sock) => void connection(sock, config.root, config.timeoutMs))
server.listen({ port: config.port, host: '127.0.0.1', backlog: 4096 })
await once(server, 'listening')
const { address, port } = server.address() as AddressInfo
console.log(`listening on ${address}:${port}`)
console.log(`serving ${config.root}, idle timeout ${config.timeoutMs} ms`)
