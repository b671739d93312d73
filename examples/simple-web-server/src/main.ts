// The paper's Simple Web Server (§3.4) as plain blocking threads: one virtual thread per
// connection, each with a watchdog thread for its idle timeout.
//   npm run build && npx vtify build examples/simple-web-server -o examples/simple-web-server/dist
//   PORT=8080 ROOT=docs TIMEOUT_MS=10000 node examples/simple-web-server/dist/src/main.js
// PORT=0 picks a free port; the first line printed names the address.
import { once } from 'node:events'
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net'
import { Cancelled, VT_accept, VT_await, VT_cancel, VT_channel, VT_close, VT_run, VT_self, VT_spawn, VT_stackOf } from 'vtify/runtime'
import { readConfig, type Config } from './config.js'
import { serveConnection } from './connection.js'
import { IdleClock, watchdog } from './idle.js'

/** Accept connections forever, each served by its own virtual thread. */
function acceptLoop(server: Server, config: Config): void {
  for (;;) {
    const sock = VT_accept<Socket>(server)
    VT_spawn(connection, sock, config)
  }
}

/**
 * One connection's thread. Whatever goes wrong in it — a reset, a bug — ends this connection
 * only: the error is logged with the thread's logical stack and the other threads run on.
 */
function connection(sock: Socket, config: Config): void {
  const clock = new IdleClock()
  const dog = VT_spawn(watchdog, VT_self(), clock, config.timeoutMs)
  try {
    serveConnection(sock, config.root, clock)
  } catch (error) {
    // Cancelled comes only from the watchdog: the idle timeout doing its job, not a failure.
    if (!(error instanceof Cancelled)) {
      console.error(`connection ${sock.remoteAddress}:${sock.remotePort}: ${String(error)}\n${VT_stackOf(error) ?? ''}`)
    }
  } finally {
    VT_cancel(dog)
    // A timed-out client may never read nor close: drop the connection rather than wait on it.
    if (clock.expired) sock.destroy()
    else VT_close(sock) // after a reset the socket is already destroyed and this does nothing
  }
}

function main(): void {
  const config = readConfig()
  // VT_channel: connections that arrive before the first VT_accept wait for it.
  const server = VT_channel(createServer({ noDelay: true }))
  server.listen({ port: config.port, host: '127.0.0.1', backlog: 4096 })
  VT_await(once(server, 'listening'))
  const { address, port } = server.address() as AddressInfo
  console.log(`listening on ${address}:${port}`)
  console.log(`serving ${config.root}, idle timeout ${config.timeoutMs} ms`)
  acceptLoop(server, config)
}

VT_run(main).catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
