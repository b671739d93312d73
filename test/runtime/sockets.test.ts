// Node sockets over 127.0.0.1: VT_accept, echo threads, backpressure with a slow reader,
// resets, half-closed connections, closed sockets and servers.

import { once as onceEvent } from 'node:events'
import net from 'node:net'
import { randomBytes } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { ChannelError, VT_channel, VT_dump, VT_run, VT_spawn } from '../../runtime/index.js'
import { acceptLoop, once, readAll, writeAll } from './machines/basics.js'
import { echoBuffered, echoThread } from './machines/echo.js'

const servers: net.Server[] = []
afterEach(() => {
  for (const s of servers.splice(0)) s.close()
})

async function listen(options: net.ServerOpts = {}): Promise<{ server: net.Server; port: number }> {
  const server = VT_channel(net.createServer(options)) // connections before the first VT_accept are kept
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await onceEvent(server, 'listening')
  return { server, port: (server.address() as net.AddressInfo).port }
}

async function connect(port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  await onceEvent(socket, 'connect')
  return socket
}

/** Send data, half-close, and collect everything the server sends back until it closes. */
async function roundTrip(port: number, data: Uint8Array, expected: number): Promise<Buffer> {
  const socket = await connect(port)
  const chunks: Buffer[] = []
  let got = 0
  const done = new Promise<void>((resolve, reject) => {
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      got += chunk.length
      if (got >= expected) resolve()
    })
    socket.on('error', reject)
  })
  socket.end(data)
  await done
  socket.destroy()
  return Buffer.concat(chunks)
}

const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n))
// Byte-wise comparison in C++: vitest's toEqual walks typed arrays element by element.
const same = (a: Uint8Array, b: Uint8Array | undefined): boolean => b !== undefined && Buffer.compare(a, b) === 0

describe('VT_accept and echo threads on real sockets', () => {
  it('echoes 20 concurrent connections of 64 KiB chunk by chunk', async () => {
    const { server, port } = await listen({ allowHalfOpen: true })
    const acceptor = VT_run(acceptLoop, server, echoBuffered, 20)
    const payloads = Array.from({ length: 20 }, () => random(65536))
    const echoed = await Promise.all(payloads.map((p) => roundTrip(port, p, p.length)))
    expect(echoed.every((e, i) => same(e, payloads[i]))).toBe(true)
    expect(await acceptor).toBe(20)
  })

  it("runs the paper's byte-at-a-time echo_thread", async () => {
    const { server, port } = await listen({ allowHalfOpen: true })
    VT_spawn(acceptLoop, server, echoThread, 3)
    const payloads = [random(3000), random(1), random(5000)]
    const echoed = await Promise.all(payloads.map((p) => roundTrip(port, p, p.length)))
    expect(echoed.every((e, i) => same(e, payloads[i]))).toBe(true)
  })
})

describe('backpressure and end of stream', () => {
  it('makes VT_write wait for drain while the client does not read, then delivers every byte', async () => {
    const { server, port } = await listen()
    const accepted = VT_run(once, 'accept', server)
    const client = await connect(port)
    client.pause()
    const socket = (await accepted) as net.Socket
    const data = random(8 << 20)
    const writer = VT_run(writeAll, socket, data, 65536, (s) => (s as net.Socket).end())
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(VT_dump()).toMatch(/writeAll: waiting in VT_write/)
    expect(socket.writableLength).toBeLessThanOrEqual(socket.writableHighWaterMark + 65536)
    const received: Buffer[] = []
    client.on('data', (chunk: Buffer) => received.push(chunk))
    client.resume()
    expect(await writer).toBe(data.length)
    await onceEvent(client, 'end')
    expect(same(Buffer.concat(received), data)).toBe(true)
  })

  it('reads 0 at the end of a half-closed connection and can still write back', async () => {
    const { server, port } = await listen({ allowHalfOpen: true })
    const echoing = VT_run(once, 'accept', server).then((s) => VT_run(echoBuffered, s))
    const echoed = await roundTrip(port, new TextEncoder().encode('after FIN'), 9)
    expect(echoed.toString()).toBe('after FIN')
    expect(await echoing).toBe(0)
  })
})

describe('resets and closed channels', () => {
  it('throws ECONNRESET at the VT_read call site when the peer resets the connection', async () => {
    const { server, port } = await listen()
    const client = await connect(port) // connects before any thread waits in VT_accept
    const socket = await VT_run(once, 'accept', server)
    const reader = VT_run(readAll, socket, 1024)
    await new Promise((resolve) => setTimeout(resolve, 10))
    client.resetAndDestroy()
    const error = await reader.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChannelError)
    expect(error).toMatchObject({
      code: 'ECONNRESET',
      message: expect.stringMatching(/^VT_read: socket 127\.0\.0\.1:\d+: the connection was reset by the peer \(ECONNRESET\)$/),
    })
  })

  it('throws ECLOSED when writing to a socket this side has ended', async () => {
    const { server, port } = await listen()
    const accepted = VT_run(once, 'accept', server)
    const client = await connect(port)
    const socket = (await accepted) as net.Socket
    socket.end()
    await expect(VT_run(writeAll, socket, random(10), 10, () => {})).rejects.toMatchObject({
      code: 'ECLOSED',
      message: expect.stringMatching(/^VT_write: (socket 127\.0\.0\.1:\d+|stream) is closed/),
    })
    client.destroy()
  })

  it('fails a thread waiting in VT_accept when the server closes', async () => {
    const { server } = await listen()
    const acceptor = VT_run(once, 'accept', server)
    await new Promise((resolve) => setTimeout(resolve, 5))
    server.close()
    await expect(acceptor).rejects.toThrow('VT_accept: the server is closed; no more connections will arrive')
  })

  it('fails a thread waiting in VT_accept when the server cannot listen, whether the program handles its error event or not', async () => {
    const { port } = await listen()
    for (const handled of [true, false]) {
      const taken = VT_channel(net.createServer())
      servers.push(taken)
      if (handled) taken.on('error', () => {})
      const acceptor = VT_run(once, 'accept', taken)
      taken.listen(port, '127.0.0.1') // in use
      const outcome = await Promise.race([acceptor.catch((e: unknown) => e), new Promise((resolve) => setTimeout(resolve, 500, 'still waiting'))])
      expect(outcome).toBeInstanceOf(ChannelError)
      expect(outcome).toMatchObject({ code: 'EIO', message: expect.stringMatching(/^VT_accept: server failed: listen EADDRINUSE/) })
      expect((outcome as ChannelError).cause).toMatchObject({ code: 'EADDRINUSE' })
      // and the next VT_accept, until it listens
      await expect(VT_run(once, 'accept', taken)).rejects.toThrow(/^VT_accept: server failed: listen EADDRINUSE/)
    }
  })

  it('fails the threads waiting in VT_accept at an error of a listening server (an accept that failed), and accepts after it', async () => {
    const { server, port } = await listen()
    server.on('error', () => {}) // the program's own
    const acceptor = VT_run(once, 'accept', server)
    await new Promise((resolve) => setTimeout(resolve, 5))
    server.emit('error', Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' }))
    await expect(acceptor).rejects.toMatchObject({ code: 'EIO', message: 'VT_accept: server failed: accept EMFILE' })
    const next = VT_run(once, 'accept', server)
    const client = await connect(port)
    const accepted = (await next) as net.Socket
    expect(accepted.remotePort).toBe(client.localPort)
    accepted.destroy()
    client.destroy()
  })
})
