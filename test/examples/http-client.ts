// A raw HTTP/1.1 client for tests: requests are written as bytes (malformed ones too), responses
// are parsed from the bytes that arrive, several per connection (keep-alive, pipelining).

import { once } from 'node:events'
import net from 'node:net'

export interface Response {
  status: number
  /** Lower-cased names. */
  headers: Map<string, string>
  body: Buffer
}

export class Connection {
  private buffered = Buffer.alloc(0)
  private ended = false
  /** Resolves the wait of response() or closed() when bytes or the end arrive. */
  private wake: () => void = () => {}
  readonly socket: net.Socket

  private constructor(socket: net.Socket) {
    this.socket = socket
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk])
      this.wake()
    })
    // A reset ('error') ends the connection too; 'close' follows either.
    socket.on('error', () => {})
    socket.on('close', () => {
      this.ended = true
      this.wake()
    })
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve))
  }

  static async open(port: number): Promise<Connection> {
    const socket = net.connect(port, '127.0.0.1')
    await once(socket, 'connect')
    return new Connection(socket)
  }

  send(raw: string | Buffer): void {
    this.socket.write(raw)
  }

  /** The next response; headOnly: it answers HEAD, so Content-Length does not count a body. */
  async response(headOnly = false): Promise<Response> {
    for (;;) {
      const parsed = this.parse(headOnly)
      if (parsed !== null) return parsed
      if (this.ended)
        throw new Error(`the server ended the connection in the middle of a response: ${JSON.stringify(this.buffered.toString('latin1').slice(0, 200))}`)
      await this.changed()
    }
  }

  /** Resolves when the server has ended the connection; the bytes it sent that were not read. */
  async closed(): Promise<Buffer> {
    while (!this.ended) await this.changed()
    return this.buffered
  }

  get isClosed(): boolean {
    return this.ended
  }

  private parse(headOnly: boolean): Response | null {
    const end = this.buffered.indexOf('\r\n\r\n')
    if (end < 0) return null
    const [statusLine, ...fields] = this.buffered.toString('latin1', 0, end).split('\r\n')
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine ?? '')?.[1] ?? NaN)
    if (Number.isNaN(status)) throw new Error(`not a status line: ${statusLine}`)
    const headers = new Map(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]))
    const length = headOnly ? 0 : Number(headers.get('content-length'))
    if (this.buffered.length < end + 4 + length) return null
    const body = this.buffered.subarray(end + 4, end + 4 + length)
    this.buffered = this.buffered.subarray(end + 4 + length)
    return { status, headers, body }
  }
}

/** One request on a fresh connection; the response. */
export async function fetchRaw(port: number, raw: string, headOnly = false): Promise<{ response: Response; connection: Connection }> {
  const connection = await Connection.open(port)
  connection.send(raw)
  return { response: await connection.response(headOnly), connection }
}

export const get = (path: string, extra = ''): string => `GET ${path} HTTP/1.1\r\nHost: test\r\n${extra}\r\n`
