// One connection's kernel thread for the thread-per-connection baseline (sws-threads.ts): the
// Simple Web Server as the paper's POSIX-threads version was, blocking calls on a thread of its
// own. Node cannot hand a socket to a worker thread, so the main thread moves the bytes: input
// arrives as messages that read() waits for with Atomics.wait; output leaves as messages, and
// write() blocks while more than HIGH_WATER bytes are not yet written to the socket. Files are
// read with blocking fs calls (openSync, readSync), as a thread-per-connection server does.

import fs from 'node:fs'
import path from 'node:path'
import { receiveMessageOnPort, workerData } from 'node:worker_threads'
import { CHUNK } from '../../examples/simple-web-server/src/config.js'
import { HeadBuffer, TOO_LARGE } from '../../examples/simple-web-server/src/head-buffer.js'
import { errorResponse, parseHead, responseHead } from '../../examples/simple-web-server/src/http.js'
import { contentType } from '../../examples/simple-web-server/src/mime.js'
import { OPEN_FLAGS, openFailure, route } from '../../examples/simple-web-server/src/route.js'
import { INPUT, UNSENT, type Output, type ThreadData } from './sws-thread-protocol.js'

const HIGH_WATER = 256 * 1024

const { port, shared, root } = workerData as ThreadData
const counters = new Int32Array(shared)
const encoder = new TextEncoder()
let leftover: Uint8Array | null = null
let ended = false

/** Blocking read: up to buf.length bytes, 0 at end of input. */
function read(buf: Uint8Array): number {
  while (leftover === null && !ended) {
    const seen = Atomics.load(counters, INPUT)
    const message = receiveMessageOnPort(port)
    if (message === undefined) Atomics.wait(counters, INPUT, seen)
    else if (message.message === null) ended = true
    else leftover = message.message as Uint8Array
  }
  if (leftover === null) return 0
  const n = Math.min(buf.length, leftover.length)
  buf.set(leftover.subarray(0, n))
  leftover = n === leftover.length ? null : leftover.subarray(n)
  return n
}

/** Blocking write: hands a copy to the main thread, then waits while too much is unsent. */
function write(data: Uint8Array | string, n?: number): void {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data.slice(0, n)
  Atomics.add(counters, UNSENT, bytes.length)
  port.postMessage(bytes satisfies Output, [bytes.buffer as ArrayBuffer])
  for (let unsent = Atomics.load(counters, UNSENT); unsent > HIGH_WATER; unsent = Atomics.load(counters, UNSENT)) Atomics.wait(counters, UNSENT, unsent)
}

/** A regular file's descriptor and size, or a status; a directory gives its index.html. */
function openFile(name: string, index = true): { fd: number; size: number; name: string } | number {
  let fd: number
  try {
    fd = fs.openSync(name, OPEN_FLAGS)
  } catch (error) {
    const status = openFailure(error)
    if (status === undefined) throw error
    return status
  }
  const stats = fs.fstatSync(fd)
  if (stats.isFile()) return { fd, size: stats.size, name }
  fs.closeSync(fd)
  return stats.isDirectory() && index ? openFile(path.join(name, 'index.html'), false) : stats.isDirectory() ? 404 : 403
}

function sendFile(file: string, keepAlive: boolean, headOnly: boolean, out: Uint8Array): void {
  const found = openFile(file)
  if (typeof found === 'number') return write(errorResponse(found, keepAlive, headOnly))
  try {
    let used = encoder.encodeInto(responseHead(200, contentType(found.name), found.size, keepAlive), out).written
    let left = headOnly ? 0 : found.size
    do {
      if (left > 0) {
        const n = fs.readSync(found.fd, out, used, Math.min(left, out.length - used), null)
        if (n === 0) throw new Error(`the file ended ${left} bytes short of the length it had when opened`)
        used += n
        left -= n
      }
      write(out, used)
      used = 0
    } while (left > 0)
  } finally {
    fs.closeSync(found.fd)
  }
}

function serve(): void {
  const input = new HeadBuffer()
  const out = new Uint8Array(CHUNK)
  for (;;) {
    let length = input.findHead()
    while (length === -1) {
      const n = read(input.space())
      if (n === 0) return
      input.added(n)
      length = input.findHead()
    }
    if (length === TOO_LARGE) return write(errorResponse(431, false, false))
    const request = parseHead(input.take(length))
    if (request === 400) return write(errorResponse(400, false, false))
    const next = route(request, root)
    if ('status' in next) write(errorResponse(next.status, next.keepAlive, next.headOnly))
    else sendFile(next.file, next.keepAlive, next.headOnly, out)
    if (!next.keepAlive) return
  }
}

try {
  serve()
} finally {
  port.postMessage('end' satisfies Output)
}
