// An echo server as plain blocking threads: one virtual thread per connection.
//   npm run build && npx vtify build examples/echo-server -o examples/echo-server/dist
//   PORT=7000 MODE=lines node examples/echo-server/dist/src/main.js
// MODE: bytes (the paper's echo_thread, default), lines, http (for load generators). PORT=0 picks
// a free port; the first line printed names the address.
import { once } from 'node:events'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { VT_accept, VT_await, VT_channel, VT_close, VT_run, VT_spawn } from 'vtify/runtime'
import { echoThread } from './echo.js'
import { httpEchoThread } from './http.js'
import { lineEchoThread } from './lines.js'

type Handler = (sock: Socket) => number

/** Accept connections forever, each handled by its own virtual thread. */
export function serve(server: Server, handler: Handler): void {
  for (;;) {
    const sock = VT_accept<Socket>(server)
    VT_spawn(connection, handler, sock)
  }
}

/** One connection's thread: the handler, then the server's side of the connection is ended. */
function connection(handler: Handler, sock: Socket): number {
  try {
    return handler(sock)
  } finally {
    VT_close(sock) // after a reset the socket is already destroyed and this does nothing
  }
}

// A switch, not a lookup table: the analysis follows each handler by name. (A Record read by a computed
// key works too, matched by parameter types: docs/analysis-model.md, "Values the flow loses".)
function handlerFor(mode: string): Handler {
  switch (mode) {
    case 'bytes':
      return echoThread
    case 'lines':
      return lineEchoThread
    case 'http':
      return httpEchoThread
    default:
      throw new Error(`MODE must be bytes, lines or http, not '${mode}'`)
  }
}

function main(): void {
  const mode = process.env.MODE ?? 'bytes'
  const handler = handlerFor(mode)
  // allowHalfOpen: a client that has sent everything (FIN) still gets its echo back, then our FIN.
  // VT_channel: connections that arrive before the first VT_accept wait for it.
  const server = VT_channel(createServer({ allowHalfOpen: true, noDelay: true }))
  server.listen({ port: Number(process.env.PORT ?? 7000), host: '127.0.0.1', backlog: 4096 })
  VT_await(once(server, 'listening'))
  const { address, port } = server.address() as AddressInfo
  console.log(`echo server (${mode}) listening on ${address}:${port}`)
  serve(server, handler)
}

VT_run(main).catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
