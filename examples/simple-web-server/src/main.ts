// The paper's Simple Web Server (§3.4) as plain blocking threads: one virtual thread per
// connection, each with a watchdog thread for its idle timeout. With LOOPS=n, n event loops (one
// per core, docs/runtime.md §14.9) each listen on the same port and serve the connections they
// accept; that needs Node ≥ 22.12.
//   npm run build && npx vtify build examples/simple-web-server -o examples/simple-web-server/dist
//   PORT=8080 ROOT=docs TIMEOUT_MS=10000 LOOPS=2 node examples/simple-web-server/dist/src/main.js
// PORT=0 picks a free port; the first line printed names the address.
import { once } from 'node:events'
import { createServer, type AddressInfo, type ListenOptions, type Server, type Socket } from 'node:net'
import {
  Cancelled,
  VT_accept,
  VT_await,
  VT_cancel,
  VT_channel,
  VT_close,
  VT_follow,
  VT_handle,
  VT_join,
  VT_loopClue,
  VT_self,
  VT_spawn,
  VT_stackOf,
  VT_start,
  type VHandle,
  type VThread,
} from 'vtify/runtime'
import { readConfig, type Config } from './config.js'
import { serveConnection } from './connection.js'
import { IdleClock, watchdog } from './idle.js'

/**
 * Accept connections forever, each served by its own virtual thread. Through the handle of a
 * server on another loop, the first VT_accept moves this thread there; it then stays, and the
 * connections it accepts are served there, where their sockets live.
 */
function acceptLoop(server: Server | VHandle<Server>, config: Config): void {
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

/** A server listening on 127.0.0.1:port (0: a free port), on the loop this runs on. */
function listen(port: number, reusePort: boolean): Server {
  // VT_channel: connections that arrive before the first VT_accept wait for it.
  const server = VT_channel(createServer({ noDelay: true }))
  // reusePort: Node ≥ 22.12 (reuse-port.ts); this project's Node types are Node 20's, without it.
  const options: ListenOptions & { reusePort?: boolean } = { port, host: '127.0.0.1', backlog: 4096, reusePort }
  server.listen(options)
  VT_await(once(server, 'listening')) // an 'error' instead (EADDRINUSE) is thrown here
  return server
}

/** Go to event loop `loop` and listen there on `port` too; the server stays there, its handle comes back. */
function listenOn(loop: number, port: number): VHandle<Server> {
  VT_follow(VT_loopClue(loop))
  return VT_handle(listen(port, true))
}

/**
 * Every other event loop listens on `port` too: the kernel gives each new connection to one of
 * the listening sockets, and that loop serves it. Returns once all listen, with their handles.
 */
function listenOnOthers(loops: number, port: number): VHandle<Server>[] {
  const threads: VThread<VHandle<Server>>[] = []
  // eslint-disable-next-line vtify/require-yield-in-loop -- a thread per event loop: 64 at most
  for (let loop = 1; loop < loops; loop++) threads.push(VT_spawn(listenOn, loop, port))
  const handles: VHandle<Server>[] = []
  for (const thread of threads) handles.push(VT_join(thread))
  return handles
}

function main(config: Config): void {
  const several = config.loops > 1
  const server = listen(config.port, several)
  const { address, port } = server.address() as AddressInfo
  const others = listenOnOthers(config.loops, port)
  console.log(`listening on ${address}:${port}`)
  console.log(`serving ${config.root}, idle timeout ${config.timeoutMs} ms, ${config.loops} event loop${several ? 's' : ''}`)
  // eslint-disable-next-line vtify/require-yield-in-loop -- a thread per event loop: 64 at most
  for (const other of others) VT_spawn(acceptLoop, other, config)
  acceptLoop(server, config)
}

let config: Config
try {
  config = readConfig()
} catch (error) {
  console.error(`simple-web-server: ${(error as Error).message}`)
  process.exit(2)
}
// Each other loop's worker runs this module again: the same config, and VT_start joins the loops
// there instead of running main. No clue to balance (a loop's clue never moves): no Cluethread.
VT_start(main, { loops: config.loops, module: import.meta.url, cluePeriodMs: 0 }, config).catch((error: unknown) => {
  console.error(error)
  process.exit(1) // a server that failed to start on some loop may still listen on another
})
