// The paper's Figure 2: a thread per connection echoes every byte it reads.
import { VT_read, VT_write } from 'vtify/runtime'
import type { Socket } from 'sim'

export function echoThread(sock: Socket): void {
  const c = new Uint8Array(1)
  while (VT_read(sock, c, 1) === 1) {
    VT_write(sock, c, 1)
  }
  console.log(`${sock.name} closed`)
}
