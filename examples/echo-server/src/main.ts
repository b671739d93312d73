// An echo server as plain blocking threads: one virtual thread per connection.
// PORT=7000 MODE=lines node dist/main.js
import { createServer, type Server, type Socket } from 'node:net'
import { VT_accept, VT_run, VT_spawn } from 'vtify/runtime'
import { echoThread } from './echo.js'
import { lineEchoThread } from './lines.js'

type Handler = (sock: Socket) => number

/** Accept connections forever, each handled by its own virtual thread. */
export function serve(server: Server, handler: Handler): void {
  for (;;) {
    const sock = VT_accept<Socket>(server)
    VT_spawn(handler, sock)
  }
}

function main(): void {
  const server = createServer().listen(Number(process.env.PORT ?? 7000), '127.0.0.1')
  const handler: Handler = process.env.MODE === 'lines' ? lineEchoThread : echoThread
  serve(server, handler)
}

VT_run(main).catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
