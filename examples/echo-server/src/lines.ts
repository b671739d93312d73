// A line-at-a-time echo: readLine blocks until a whole line has arrived.
import type { Socket } from 'node:net'
import { VT_read, VT_write } from 'vtify/runtime'

const NEWLINE = 10

export function readLine(sock: Socket, buf: Uint8Array): number {
  let length = 0
  const byte = new Uint8Array(1)
  while (length < buf.length && VT_read(sock, byte, 1) === 1) {
    buf[length++] = byte[0]!
    if (byte[0] === NEWLINE) break
  }
  return length
}

export function lineEchoThread(sock: Socket): number {
  const line = new Uint8Array(4096)
  let lines = 0
  for (let n = readLine(sock, line); n > 0; n = readLine(sock, line)) {
    VT_write(sock, line, n)
    lines++
  }
  return lines
}
