// A socket stays on the loop that accepted it; the thread serving it keeps a VT_handle across
// VT_follow, and its reads, writes and close through the handle happen back on loop 0.

import net from 'node:net'
import {
  VT_accept,
  VT_await,
  VT_channel,
  VT_clue,
  VT_close,
  VT_follow,
  VT_handle,
  VT_join,
  VT_loop,
  VT_read,
  VT_spawn,
  VT_start,
  VT_write,
  type VHandle,
} from 'vtify/runtime'
import { printOutcome } from './outcome.js'

const work = VT_clue('accept') // loop 0
const upper = VT_clue('upper') // loop 1

export function serve(conn: VHandle<net.Socket>, closeFromAway: boolean): string {
  const buf = new Uint8Array(64)
  const n = VT_read(conn, buf)
  const trail = [VT_loop()]
  VT_follow(upper)
  trail.push(VT_loop())
  const text = new TextDecoder().decode(buf.subarray(0, n)).toUpperCase()
  if (closeFromAway) {
    VT_close(conn)
    return `closed from loop ${VT_loop()}`
  }
  VT_write(conn, `${text} from loop ${trail[1]}`)
  trail.push(VT_loop())
  VT_close(conn)
  return `trail ${trail.join('')}`
}

export function readsAway(conn: VHandle<net.Socket>): string {
  VT_follow(upper)
  const before = VT_loop()
  const buf = new Uint8Array(64)
  const n = VT_read(conn, buf)
  const after = VT_loop()
  VT_write(conn, buf.subarray(0, n))
  VT_close(conn)
  VT_follow(work)
  return `read from loop ${before} on loop ${after}`
}

function ask(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

export function main(): string {
  const server = VT_channel(net.createServer().listen(0, '127.0.0.1'))
  VT_await(new Promise((listening) => server.once('listening', listening)))
  const port = (server.address() as net.AddressInfo).port
  // one client at a time, so that each connection is the one its thread expects
  const hello = ask(port, 'hello')
  const first = VT_spawn(serve, VT_handle(VT_accept<net.Socket>(server)), false)
  const closing = ask(port, 'closing')
  const second = VT_spawn(serve, VT_handle(VT_accept<net.Socket>(server)), true)
  const echo = ask(port, 'echo')
  const third = VT_spawn(readsAway, VT_handle(VT_accept<net.Socket>(server)))
  const lines = [VT_join(first), VT_join(second), VT_join(third)]
  const answers = VT_await(Promise.all([hello, closing, echo]))
  server.close()
  return [...lines, ...answers.map((a) => `client got '${a}'`)].join('\n')
}

printOutcome(VT_start(main, { loops: 2, module: import.meta.url }))
