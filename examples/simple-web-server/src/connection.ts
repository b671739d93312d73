// One connection's thread: read a request head, answer it, and again while the connection is
// kept alive. Written as plain blocking code; vtify turns it into a state machine.
import type { Socket } from 'node:net'
import { VT_await, VT_read, VT_write } from 'vtify/runtime'
import { CHUNK } from './config.js'
import { openFile, sendFile } from './files.js'
import { HeadBuffer, TOO_LARGE } from './head-buffer.js'
import { errorResponse, parseHead, responseHead } from './http.js'
import type { IdleClock } from './idle.js'
import { contentType } from './mime.js'
import { route, type FileRoute } from './route.js'

const encoder = new TextEncoder()

/**
 * Wait until `input` holds a complete request head; its length, TOO_LARGE, or 0 when the client
 * closed its side first (cleanly between requests, or in the middle of one: nothing to answer).
 */
function readHead(sock: Socket, input: HeadBuffer, clock: IdleClock): number {
  for (;;) {
    const length = input.findHead()
    if (length !== -1) return length
    const n = VT_read(sock, input.space())
    if (n === 0) return 0
    input.added(n)
    clock.touch()
  }
}

/** Answer a request for a file: the file, or 403 or 404. */
function sendFileResponse(sock: Socket, answer: FileRoute, out: Uint8Array, clock: IdleClock): void {
  const { keepAlive, headOnly } = answer
  const found = openFile(answer.file)
  if (typeof found === 'number') {
    VT_write(sock, errorResponse(found, keepAlive, headOnly))
    return
  }
  try {
    const head = encoder.encodeInto(responseHead(200, contentType(found.name), found.size, keepAlive), out).written
    sendFile(sock, out, head, found.handle, headOnly ? 0 : found.size, clock)
  } finally {
    VT_await(found.handle.close())
  }
}

/** Serve requests on sock until either side ends the connection. */
export function serveConnection(sock: Socket, root: string, clock: IdleClock): void {
  const input = new HeadBuffer()
  let out: Uint8Array | null = null // allocated at the first file: many connections never get one
  for (;;) {
    const length = readHead(sock, input, clock)
    if (length === 0) return
    if (length === TOO_LARGE) {
      VT_write(sock, errorResponse(431, false, false))
      return
    }
    const request = parseHead(input.take(length))
    if (request === 400) {
      VT_write(sock, errorResponse(400, false, false))
      return
    }
    const next = route(request, root)
    if ('status' in next) VT_write(sock, errorResponse(next.status, next.keepAlive, next.headOnly))
    else sendFileResponse(sock, next, (out ??= new Uint8Array(CHUNK)), clock)
    clock.touch()
    if (!next.keepAlive) return
  }
}
