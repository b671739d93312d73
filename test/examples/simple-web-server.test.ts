// The paper's Simple Web Server (examples/simple-web-server), compiled by the real `vtify build`
// CLI and run as a child process over a temp ROOT, driven over real sockets on 127.0.0.1 with
// raw HTTP/1.1: files byte for byte, HEAD, the error statuses, keep-alive and pipelining, a client
// that resets in the middle of a response, and the idle timeout; with LOOPS=2, an event loop per
// core each accepting on the port where Node has reusePort, and a clear refusal where it has not.
// Needs `npm run build`.

import { spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reusePortMissing } from '../../examples/simple-web-server/src/reuse-port.js'
import { buildExample, startServer, type RunningServer } from './compiled-server.js'
import { Connection, fetchRaw, get } from './http-client.js'

const TIMEOUT_MS = 1000
const TEXT = 'Hello, virtual threads!\n'
const BINARY = randomBytes(1_000_003) // not a multiple of the server's chunk size
const INDEX = '<!doctype html><title>nested</title>\n'

const running: ChildProcess[] = []
let out = ''
let root = ''
let server: RunningServer

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sws-root-'))
  fs.writeFileSync(path.join(root, 'hello.txt'), TEXT)
  fs.writeFileSync(path.join(root, 'data.bin'), BINARY)
  fs.mkdirSync(path.join(root, 'nested/dir'), { recursive: true })
  fs.writeFileSync(path.join(root, 'nested/dir/index.html'), INDEX)
  fs.writeFileSync(path.join(root, 'with space.txt'), 'spaced\n')
  out = buildExample('simple-web-server', import.meta.dirname)
  server = await startServer(path.join(out, 'src/main.js'), { PORT: '0', ROOT: root, TIMEOUT_MS: String(TIMEOUT_MS) }, running)
}, 60_000) // a cold analysis of the example: seconds on a loaded machine
afterAll(() => {
  for (const child of running) child.kill()
  fs.rmSync(out, { recursive: true, force: true })
  fs.rmSync(root, { recursive: true, force: true })
})

describe('the Simple Web Server compiled by vtify build', { timeout: 10_000 }, () => {
  it('serves a text file with its exact bytes, type and length, and keeps the connection', async () => {
    const { response, connection } = await fetchRaw(server.port, get('/hello.txt'))
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(TEXT)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(TEXT)))
    expect(response.headers.get('connection')).toBe('keep-alive')
    expect(connection.isClosed).toBe(false)
    connection.socket.destroy()
  })

  it('streams a 1 MB binary file byte for byte, and %-decodes names', async () => {
    const { response, connection } = await fetchRaw(server.port, get('/data.bin'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-length')).toBe(String(BINARY.length))
    expect(Buffer.compare(response.body, BINARY)).toBe(0)
    connection.send(get('/with%20space.txt'))
    expect((await connection.response()).body.toString()).toBe('spaced\n')
    connection.socket.destroy()
  })

  it("serves a directory's index.html, with or without the trailing slash", async () => {
    for (const target of ['/nested/dir/', '/nested/dir', '/nested/./dir/index.html?x=1']) {
      const { response, connection } = await fetchRaw(server.port, get(target))
      expect([target, response.status, response.headers.get('content-type'), response.body.toString()]).toEqual([
        target,
        200,
        'text/html; charset=utf-8',
        INDEX,
      ])
      connection.socket.destroy()
    }
  })

  it('answers HEAD with the head alone: the next response on the connection follows at once', async () => {
    const { response, connection } = await fetchRaw(server.port, `HEAD /data.bin HTTP/1.1\r\nHost: t\r\n\r\n`, true)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-length')).toBe(String(BINARY.length))
    connection.send(get('/hello.txt'))
    const next = await connection.response()
    expect(next.status).toBe(200) // a body after HEAD's head would be read here as a status line
    expect(next.body.toString()).toBe(TEXT)
    connection.socket.destroy()
  })

  it('answers 404 for missing files and keeps the connection', async () => {
    const connection = await Connection.open(server.port)
    for (const target of ['/missing.txt', '/hello.txt/below-a-file', '/nested/index.html']) {
      connection.send(get(target))
      const response = await connection.response()
      expect([target, response.status, response.body.toString()]).toEqual([target, 404, '404 Not Found\n'])
    }
    expect(connection.isClosed).toBe(false)
    connection.socket.destroy()
  })

  it('answers 403 to paths that would leave ROOT or hold a NUL', async () => {
    for (const target of ['/../etc/passwd', '/nested/../../etc/passwd', '/%2e%2e/%2E%2E/etc/passwd', '/..%2fetc%2fpasswd', '/hello.txt%00.html']) {
      const { response, connection } = await fetchRaw(server.port, get(target))
      expect([target, response.status, response.body.toString()]).toEqual([target, 403, '403 Forbidden\n'])
      connection.socket.destroy()
    }
  })

  it('answers 405 with Allow to other methods', async () => {
    for (const method of ['POST', 'DELETE', 'OPTIONS']) {
      const { response, connection } = await fetchRaw(server.port, `${method} /hello.txt HTTP/1.1\r\nHost: t\r\n\r\n`)
      expect([method, response.status, response.headers.get('allow')]).toEqual([method, 405, 'GET, HEAD'])
      connection.socket.destroy()
    }
  })

  it('answers 400 to malformed request lines and headers, then closes', async () => {
    const malformed = [
      'garbage\r\n\r\n',
      'GET /hello.txt\r\nHost: t\r\n\r\n', // no version
      'GET /hello.txt HTTP/1.1\r\nHost t\r\n\r\n', // no colon
      'GET /hello.txt HTTP/1.1\r\nHost : t\r\n\r\n', // space before the colon
      'GET /hello.txt HTTP/1.1\r\n\r\n', // HTTP/1.1 without Host
      'GET /hello.txt HTTP/1.1\r\nHost: t\r\nX: a\x00b\r\n\r\n', // NUL in a field value
      'GET /hello.txt HTTP/1.1\r\nHost: t\r\nX: a\r\r\n\r\n', // a lone CR at the end of a field value
      'GET /hello.txt HTTP/1.1\r\nHost: t\r\nHost: u\r\n\r\n', // two Host fields
    ]
    for (const raw of malformed) {
      const { response, connection } = await fetchRaw(server.port, raw)
      expect([raw, response.status, response.headers.get('connection')]).toEqual([raw, 400, 'close'])
      await connection.closed()
    }
  })

  it('answers 400 to request targets it cannot map, and keeps the connection (the syntax was fine)', async () => {
    const connection = await Connection.open(server.port)
    for (const target of ['hello.txt', '/%zz', 'http://test/hello.txt']) {
      connection.send(get(target))
      const response = await connection.response()
      expect([target, response.status, response.headers.get('connection')]).toEqual([target, 400, 'keep-alive'])
    }
    connection.send(get('/hello.txt'))
    expect((await connection.response()).body.toString()).toBe(TEXT)
    connection.socket.destroy()
  })

  it('answers 431 to a request head over 8 KiB, and serves one just under', async () => {
    const head = (size: number): string => {
      const base = get('/hello.txt', 'X-Pad: \r\n')
      return get('/hello.txt', `X-Pad: ${'p'.repeat(size - base.length)}\r\n`)
    }
    expect(head(8192).length).toBe(8192)
    const under = await fetchRaw(server.port, head(8192))
    expect(under.response.status).toBe(200)
    under.connection.socket.destroy()
    const over = await fetchRaw(server.port, head(8193))
    expect(over.response.status).toBe(431)
    await over.connection.closed()
  })

  it('keeps a connection alive across requests and honours Connection: close and HTTP/1.0', async () => {
    const connection = await Connection.open(server.port)
    connection.send(get('/hello.txt'))
    expect((await connection.response()).body.toString()).toBe(TEXT)
    connection.send(get('/nested/dir/'))
    expect((await connection.response()).body.toString()).toBe(INDEX)
    connection.send(get('/hello.txt', 'Connection: close\r\n'))
    const last = await connection.response()
    expect([last.status, last.headers.get('connection')]).toEqual([200, 'close'])
    expect((await connection.closed()).length).toBe(0)

    const old = await fetchRaw(server.port, 'GET /hello.txt HTTP/1.0\r\n\r\n')
    expect([old.response.status, old.response.headers.get('connection')]).toEqual([200, 'close'])
    await old.connection.closed()
  })

  it('answers pipelined requests in order, also when they arrive byte by byte', async () => {
    const pipeline = get('/hello.txt') + 'HEAD /data.bin HTTP/1.1\r\nHost: t\r\n\r\n' + get('/missing') + get('/nested/dir/')
    for (const split of [false, true]) {
      const connection = await Connection.open(server.port)
      if (split) for (const byte of Buffer.from(pipeline)) connection.send(Buffer.of(byte))
      else connection.send(pipeline)
      const responses = [await connection.response(), await connection.response(true), await connection.response(), await connection.response()]
      expect(responses.map((r) => [r.status, r.body.toString()])).toEqual([
        [200, TEXT],
        [200, ''],
        [404, '404 Not Found\n'],
        [200, INDEX],
      ])
      connection.socket.destroy()
    }
  })

  it('logs a client reset in the middle of a response with its logical stack, and serves the others', async () => {
    const other = await Connection.open(server.port)
    other.send(get('/data.bin')) // in flight while the victim resets
    const victim = await Connection.open(server.port)
    // Several MB requested: more than the socket buffers hold, so the server is still writing.
    victim.send(get('/data.bin').repeat(8))
    await new Promise<void>((resolve) => victim.socket.once('data', () => resolve()))
    victim.socket.resetAndDestroy()
    await expect.poll(server.stderr, { timeout: 5000 }).toMatch(/ECONNRESET|EPIPE/)
    expect(server.stderr()).toMatch(
      /connection 127\.0\.0\.1:\d+: ChannelError: VT_(write|read): socket .*\nlogical stack of thread #\d+ connection:\n(\s+at \w+ \(src\/\w+\.ts:\d+\)\n)*\s+at serveConnection \(src\/connection\.ts:\d+\)\n\s+at connection \(src\/main\.ts:\d+\)/,
    )
    expect(Buffer.compare((await other.response()).body, BINARY)).toBe(0)
    const after = await fetchRaw(server.port, get('/hello.txt'))
    expect(after.response.body.toString()).toBe(TEXT)
    after.connection.socket.destroy()
    other.socket.destroy()
    expect(server.process.exitCode).toBe(null)
  })

  it('closes a connection idle for TIMEOUT_MS — silent, stuck in a request head, or not reading — and not one that makes progress', async () => {
    const started = performance.now()
    const closedAt = async (connection: Connection): Promise<number> => {
      await connection.closed()
      return performance.now() - started
    }
    const silent = await Connection.open(server.port)
    const partial = await Connection.open(server.port)
    partial.send('GET /hello.txt HTTP/1.1\r\nHo')
    const closings = Promise.all([closedAt(silent), closedAt(partial)])
    // A client that asks for 8 MB and reads none of it: the server's writes stop making progress.
    const stalled = await Connection.open(server.port)
    stalled.send(get('/data.bin').repeat(8))
    stalled.socket.pause()
    const busy = await Connection.open(server.port)
    // Three requests 0.6 × TIMEOUT_MS apart: 1.8 × TIMEOUT_MS in all, never idle for TIMEOUT_MS.
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 0.6))
      busy.send(get('/hello.txt'))
      expect((await busy.response()).body.toString()).toBe(TEXT)
    }
    expect(busy.isClosed).toBe(false)
    // Its last write completed once the socket buffers filled, a few ms in; by 2.5 × TIMEOUT_MS it is cut off.
    await new Promise((resolve) => setTimeout(resolve, started + TIMEOUT_MS * 2.5 - performance.now()))
    stalled.socket.resume()
    expect((await stalled.closed()).length).toBeLessThan(8 * BINARY.length) // cut off, not served to the end
    for (const at of await closings) {
      expect(at).toBeGreaterThanOrEqual(TIMEOUT_MS - 5) // timers may fire a millisecond early
      expect(at).toBeLessThan(TIMEOUT_MS + 1500) // generous: a loaded machine delays timers
    }
    busy.socket.destroy()
    expect(server.stderr()).not.toMatch(/Cancelled/) // a timeout is not an error to report
  })
})

describe('LOOPS: an event loop per core, each accepting on the port', { timeout: 10_000 }, () => {
  it("knows which Node has listen's reusePort, and on which systems", () => {
    for (const [version, platform] of [
      ['22.12.0', 'linux'],
      ['23.1.0', 'freebsd'],
      ['24.0.0', 'linux'],
    ] as const) {
      expect(reusePortMissing(version, platform), `${version} ${platform}`).toBeUndefined()
    }
    for (const [version, platform] of [
      ['20.19.0', 'linux'],
      ['22.11.0', 'linux'],
      ['23.0.0', 'linux'],
      ['24.0.0', 'darwin'],
      ['24.0.0', 'win32'],
    ] as const) {
      expect(reusePortMissing(version, platform)).toBe(
        `accepting connections on several event loops needs listen's reusePort option: Node ≥ 22.12 on Linux, FreeBSD, Solaris or AIX; this is Node ${version} on ${platform}`,
      )
    }
  })

  const missing = reusePortMissing()

  it.runIf(missing !== undefined)('refuses LOOPS=2 at start on this Node, saying why, rather than serve on one loop', () => {
    const env = { ...process.env, PORT: '0', ROOT: root, LOOPS: '2' }
    const run = spawnSync(process.execPath, [path.join(out, 'src/main.js')], { env, encoding: 'utf8', timeout: 10_000 })
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `simple-web-server: LOOPS=2: ${missing}. Run with LOOPS=1.\n`,
    })
  })

  it.runIf(missing === undefined)('serves every connection byte for byte with LOOPS=2', async () => {
    const two = await startServer(path.join(out, 'src/main.js'), { PORT: '0', ROOT: root, TIMEOUT_MS: String(TIMEOUT_MS), LOOPS: '2' }, running)
    // enough connections that the kernel gives some to each loop's socket
    const fetched = await Promise.all(Array.from({ length: 16 }, () => fetchRaw(two.port, get('/data.bin'))))
    for (const { response, connection } of fetched) {
      expect(response.status).toBe(200)
      expect(Buffer.compare(response.body, BINARY)).toBe(0)
      connection.socket.destroy()
    }
    expect(two.stderr()).toBe('')
  })
})
