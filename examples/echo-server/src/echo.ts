// The paper's echo_thread (Figure 7), written as a blocking thread: read a byte, write it back.
import type { Socket } from 'node:net'
import { VT_read, VT_write } from 'vtify/runtime'

export function echoThread(sock: Socket): number {
  const c = new Uint8Array(1)
  while (VT_read(sock, c, 1) === 1) VT_write(sock, c, 1)
  return 0
}
