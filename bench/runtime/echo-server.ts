// One echo server of the echo benchmark, run in its own process: `node echo-server.js <variant>`.
// It listens on 127.0.0.1, reports its port to the parent over IPC, and echoes every chunk it
// reads back as the body of an HTTP response (so wrk can drive it), in one write per chunk:
//   vtify     — the httpEcho thread (hand-written state machine) per connection
//   async     — the same handler with async/await (for await over the socket, await drain)
//   callbacks — 'data' → write, pause until 'drain'

import { once } from 'node:events'
import net from 'node:net'
import { VT_channel, VT_configure, VT_run } from '../../runtime/index.js'
import { acceptLoop } from '../../test/runtime/machines/basics.js'
import { httpEcho } from './http-echo.js'

let resets = 0

function reply(chunk: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${chunk.length}\r\n\r\n`), chunk])
}

async function echoAsync(sock: net.Socket): Promise<void> {
  try {
    for await (const chunk of sock) if (!sock.write(reply(chunk as Buffer))) await once(sock, 'drain')
  } catch {
    resets++
  }
}

function echoCallbacks(sock: net.Socket): void {
  sock.on('data', (chunk: Buffer) => {
    if (!sock.write(reply(chunk))) {
      sock.pause()
      sock.once('drain', () => sock.resume())
    }
  })
  sock.on('error', () => resets++)
}

const variant = process.argv[2]
const server = net.createServer({ noDelay: true })
if (variant === 'vtify') {
  // A reset ends its echo thread with an error; count it instead of printing 1,000 reports.
  VT_configure({ onUnjoinedError: () => resets++ })
  void VT_run(acceptLoop, VT_channel(server), httpEcho, Infinity)
} else if (variant === 'async') server.on('connection', (sock) => void echoAsync(sock))
else if (variant === 'callbacks') server.on('connection', echoCallbacks)
else throw new Error(`usage: echo-server.js vtify|async|callbacks (got ${variant})`)

server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => process.send?.({ port: (server.address() as net.AddressInfo).port }))
process.on('message', () => process.send?.({ resets }, () => process.exit(0)))
