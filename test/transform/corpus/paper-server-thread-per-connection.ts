import { VT_close, VT_join, VT_pipe, VT_read, VT_spawn, VT_write, VT_yield, type Pipe, type VThread } from 'vtify/runtime'

// A server that spawns a thread per connection (paper §4's Simple Web Server, reduced): a
// connection is a pair of pipes; the listener hands out connections from a queue.
interface Connection {
  id: number
  request: Pipe
  response: Pipe
}

function readAll(p: Pipe): string {
  const buf = new Uint8Array(8)
  let text = ''
  for (let n = VT_read(p, buf); n > 0; n = VT_read(p, buf)) text += new TextDecoder().decode(buf.subarray(0, n))
  return text
}

function handle(conn: Connection, log: string[]): number {
  const request = readAll(conn.request)
  log.push(`conn ${conn.id} request "${request}"`)
  const body = `hello ${request.split(' ')[1] ?? '?'}`
  VT_write(conn.response, `200 ${body}`)
  VT_close(conn.response)
  return body.length
}

function serve(connections: Connection[], log: string[]): number {
  const handlers: VThread<number>[] = []
  for (const conn of connections) {
    handlers.push(VT_spawn(handle, conn, log))
    log.push(`accepted ${conn.id}`)
    VT_yield()
  }
  let bytes = 0
  for (const h of handlers) bytes += VT_join(h)
  return bytes
}

function request(conn: Connection, path: string, log: string[]): string {
  VT_write(conn.request, `GET ${path}`)
  VT_close(conn.request)
  const reply = readAll(conn.response)
  log.push(`client ${conn.id} got "${reply}"`)
  return reply
}

export function main(log: string[]): string {
  const connections: Connection[] = [1, 2, 3].map((id) => ({ id, request: VT_pipe(4), response: VT_pipe(4) }))
  const server = VT_spawn(serve, connections, log)
  const clients = connections.map((conn) => VT_spawn(request, conn, `/page${conn.id}`, log))
  const replies: string[] = []
  for (const c of clients) replies.push(VT_join(c))
  return `${replies.join(' | ')} (${VT_join(server)} body bytes)`
}
