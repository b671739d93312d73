// Echo for HTTP load generators: every chunk read is sent back as the body of an HTTP response,
// in one write, so that wrk (npm run bench:echo) counts round trips. wrk's requests are small and
// never pipelined, so one read is one request.
import type { Socket } from 'node:net'
import { VT_read, VT_write } from 'vtify/runtime'

const encoder = new TextEncoder()

export function httpEchoThread(sock: Socket): number {
  const buf = new Uint8Array(16384)
  const out = new Uint8Array(16384 + 64)
  let n: number
  while ((n = VT_read(sock, buf)) > 0) {
    const head = encoder.encodeInto(`HTTP/1.1 200 OK\r\nContent-Length: ${n}\r\n\r\n`, out).written
    out.set(buf.subarray(0, n), head)
    VT_write(sock, out, head + n)
  }
  return 0
}
