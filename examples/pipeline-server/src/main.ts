// A pipeline server on every core: each connection is a virtual thread that reads requests (one
// per line) on the loop that accepted it, follows a clue per stage — parse, hash, compress — to
// whichever loop owns it, and writes the answer back through a handle of its socket, which stays
// on its loop. Hashed clues (`{ n: loops }`) give each stage a lane per loop; the Cluethread moves
// clues to even the load. docs/runtime.md §14.
//
//   vtify build examples/pipeline-server -o out && LOOPS=2 PORT=7000 node out/src/main.js
//   printf '1000 hello\n' | nc 127.0.0.1 7000

import net from 'node:net'
import {
  VT_accept,
  VT_await,
  VT_channel,
  VT_clue,
  VT_close,
  VT_follow,
  VT_handle,
  VT_lines,
  VT_loop,
  VT_readLine,
  VT_spawn,
  VT_start,
  VT_write,
  type LineReader,
  type VHandle,
} from 'vtify/runtime'
import { compress, hash, parse } from './stages.js'

const LOOPS = Number(process.env.LOOPS ?? 2)
const parsing = VT_clue('parse', { n: LOOPS })
const hashing = VT_clue('hash', { n: LOOPS })
const compressing = VT_clue('compress', { n: LOOPS })

/** One request through the three stages; the answer names the loop each ran on. */
export function answer(line: string): string {
  VT_follow(parsing)
  const request = parse(line)
  const parsedOn = VT_loop()
  VT_follow(hashing)
  const digest = hash(request)
  const hashedOn = VT_loop()
  VT_follow(compressing)
  const size = compress(request)
  return `${digest} ${size} loops ${parsedOn}${hashedOn}${VT_loop()}`
}

/**
 * A connection: its socket and line reader stay on the loop that accepted it, the thread keeps
 * handles of them; reading and writing through a handle moves the thread back there.
 */
export function serve(socket: net.Socket): void {
  const lines: VHandle<LineReader> = VT_handle(VT_lines(socket))
  const conn: VHandle<net.Socket> = VT_handle(socket)
  for (;;) {
    const line = VT_readLine(lines)
    if (line === undefined) break
    let reply: string
    try {
      reply = answer(line)
    } catch (error) {
      reply = `error ${(error as Error).message}`
    }
    VT_write(conn, `${reply}\n`)
  }
  VT_close(conn)
}

export function main(port: number): void {
  const server = VT_channel(net.createServer())
  server.listen(port, '127.0.0.1')
  VT_await(new Promise((listening) => server.once('listening', listening)))
  console.log(`listening on 127.0.0.1:${(server.address() as net.AddressInfo).port} with ${LOOPS} event loops`)
  for (;;) VT_spawn(serve, VT_accept<net.Socket>(server))
}

await VT_start(main, { loops: LOOPS, module: import.meta.url }, Number(process.env.PORT ?? 7000))
