// The echo thread of the echo benchmark, hand-written in the exact shape of the vtify transform.
// It echoes each chunk it reads as the body of an HTTP response, so that an HTTP load generator
// (wrk) can drive it: one read is one request (wrk's requests are small and never pipelined).

import { Continuation, RETURN, WAIT, kRead, kWrite, multistate, take, threadEntry, VT_unreachable, type Signal } from '../../runtime/index.js'

const encoder = new TextEncoder()

//  1  function httpEcho(sock: Socket): number {
//  2    const buf = new Uint8Array(16384)
//  3    const out = new Uint8Array(16384 + 64)
//  4    let n: number
//  5    while ((n = VT_read(sock, buf)) > 0) {
//  6      const head = encoder.encodeInto(`HTTP/1.1 200 OK\r\nContent-Length: ${n}\r\n\r\n`, out).written
//  7      out.set(buf.subarray(0, n), head)
//  8      VT_write(sock, out, head + n)
//  9    }
// 10    return 0
// 11  }
class K_httpEcho extends Continuation {
  sock: unknown
  buf: Uint8Array
  out: Uint8Array
  constructor(sock: unknown) {
    super(httpEcho$sm, 0)
    this.sock = sock
    this.buf = new Uint8Array(0)
    this.out = new Uint8Array(0)
  }
}

function httpEcho$sm(k: K_httpEcho): Signal {
  for (;;) {
    switch (k.state) {
      case 0:
        k.buf = new Uint8Array(16384)
        k.out = new Uint8Array(16384 + 64)
      // falls through
      case 1: // loop head
        k.state = 2
        if (kRead(k, k.sock, k.buf) === WAIT) return WAIT
      // falls through
      case 2: {
        const n = take(k, k.value) as number
        if (!(n > 0)) {
          k.value = 0
          return RETURN
        }
        const head = encoder.encodeInto(`HTTP/1.1 200 OK\r\nContent-Length: ${n}\r\n\r\n`, k.out).written
        k.out.set(k.buf.subarray(0, n), head)
        k.state = 3
        if (kWrite(k, k.sock, k.out, head + n) === WAIT) return WAIT
      }
      // falls through
      case 3:
        take(k, k.value)
        k.state = 1
        continue
    }
  }
}
multistate(httpEcho$sm, {
  name: 'httpEcho',
  file: 'bench/runtime/http-echo.ts',
  lines: [1, 5, 5, 8],
  calls: ['', '', 'VT_read', 'VT_write'],
})

export function httpEcho(sock: unknown): number {
  void sock
  return VT_unreachable(httpEcho)
}
threadEntry(httpEcho, httpEcho$sm, (_self, args) => new K_httpEcho(args[0]))
