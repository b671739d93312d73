// The "done when": `vtify build examples/echo-server -o out` produces a server that runs.
// The real CLI compiles the blocking-style example; the output runs as a child process on an
// ephemeral 127.0.0.1 port and is driven over real sockets, in each MODE, with the checks the
// hand-written echo threads pass in test/runtime/sockets.test.ts (echo, half-closed connections,
// resets). Needs `npm run build`: the output imports 'vtify/runtime', which resolves to dist/runtime
// by the package's self-reference, as the output sits inside this package.

import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { buildExample, startServer, type RunningServer } from '../examples/compiled-server.js'

let out = ''
const running: ChildProcess[] = []

beforeAll(() => {
  out = buildExample('echo-server', import.meta.dirname)
}, 60_000) // a cold analysis of the example: seconds on a loaded machine
afterEach(() => {
  for (const child of running.splice(0)) child.kill()
})
afterAll(() => fs.rmSync(out, { recursive: true, force: true }))

/** Start the compiled server; resolves once it has printed the port it listens on. */
function start(mode: 'bytes' | 'lines' | 'http'): Promise<RunningServer> {
  return startServer(path.join(out, 'src/main.js'), { PORT: '0', MODE: mode }, running)
}

async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  return socket
}

/** Send data and half-close; everything the server sends back until it ends its side. */
async function roundTrip(port: number, data: Uint8Array): Promise<Buffer> {
  const socket = await connect(port)
  const chunks: Buffer[] = []
  socket.on('data', (chunk: Buffer) => chunks.push(chunk))
  socket.end(data)
  await once(socket, 'end') // the server's FIN: the handler returned and the connection was closed
  socket.destroy()
  return Buffer.concat(chunks)
}

/** Read from socket until `n` bytes in total have arrived. */
function receive(socket: net.Socket, n: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let got = 0
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk)
      got += chunk.length
      if (got < n) return
      socket.off('data', onData)
      resolve(Buffer.concat(chunks))
    }
    socket.on('data', onData)
  })
}

const random = (n: number): Buffer => randomBytes(n)

describe('the echo server compiled by vtify build', { timeout: 30_000 }, () => {
  it('MODE=bytes echoes 20 concurrent half-closed connections byte by byte, then closes each', async () => {
    const { port } = await start('bytes')
    const payloads = Array.from({ length: 20 }, (_, i) => random(1 + i * 400))
    const echoed = await Promise.all(payloads.map((p) => roundTrip(port, p)))
    expect(echoed.every((e, i) => Buffer.compare(e, payloads[i]!) === 0)).toBe(true)
  })

  it('MODE=bytes echoes each byte while the connection stays open', async () => {
    const { port } = await start('bytes')
    const socket = await connect(port)
    for (const byte of [0, 255, 10]) {
      const reply = receive(socket, 1)
      socket.write(Uint8Array.of(byte))
      expect([...(await reply)]).toEqual([byte])
    }
    socket.destroy()
  })

  it('MODE=lines answers a line as soon as it is complete, even when it arrives in pieces', async () => {
    const { port } = await start('lines')
    const socket = await connect(port)
    const first = receive(socket, 'hello\n'.length)
    socket.write('hel')
    await new Promise((resolve) => setTimeout(resolve, 20))
    socket.write('lo\nwor') // the rest of a line and the start of the next
    expect((await first).toString()).toBe('hello\n')
    const second = receive(socket, 'world\n'.length)
    socket.write('ld\n')
    expect((await second).toString()).toBe('world\n')
    socket.destroy()
  })

  it('MODE=lines echoes long lines and an unterminated last line of a half-closed connection', async () => {
    const { port } = await start('lines')
    const text = `${'x'.repeat(10_000)}\n${'short\n'.repeat(100)}no newline at the end`
    expect((await roundTrip(port, Buffer.from(text))).toString()).toBe(text)
  })

  it('MODE=http answers a request with a response carrying it as the body', async () => {
    const { port } = await start('http')
    const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n'
    const socket = await connect(port)
    const head = `HTTP/1.1 200 OK\r\nContent-Length: ${request.length}\r\n\r\n`
    const reply = receive(socket, head.length + request.length)
    socket.write(request)
    expect((await reply).toString()).toBe(head + request)
    socket.destroy()
  })

  it('reports a reset as ECONNRESET at the VT_read call site and keeps serving', async () => {
    const server = await start('bytes')
    const victim = await connect(server.port)
    const echoed = receive(victim, 3)
    victim.write('abc')
    await echoed // the handler is waiting in VT_read again
    victim.resetAndDestroy()
    await expect.poll(server.stderr, { timeout: 5000 }).toMatch(/ECONNRESET/)
    const report = server.stderr()
    expect(report).toMatch(/ChannelError: VT_read: socket 127\.0\.0\.1:\d+: the connection was reset by the peer \(ECONNRESET\)/)
    expect(report).toMatch(/at echoThread \(src\/echo\.ts:7\)\n\s+at connection \(src\/main\.ts:\d+\)/)
    const payload = random(1000)
    expect(Buffer.compare(await roundTrip(server.port, payload), payload)).toBe(0)
    expect(server.process.exitCode).toBe(null)
  })
})
