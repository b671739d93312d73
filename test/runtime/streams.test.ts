// The other channel kinds: Node Readable/Writable streams, fs/promises FileHandle, and Web
// ReadableStream / WritableStream / { readable, writable } pairs.

import { createReadStream, createWriteStream, readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { VT_close, VT_dump, VT_lines, VT_run, type ReadChannel } from '../../runtime/index.js'
import { once, readAll, writeAll } from './machines/basics.js'

const dir = mkdtempSync(join(tmpdir(), 'vtify-streams-'))
const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n))
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0

describe('Node streams', () => {
  it('reads a file through fs.createReadStream to end of stream', async () => {
    const data = random(200_000)
    writeFileSync(join(dir, 'in.bin'), data)
    const read = await VT_run(readAll, createReadStream(join(dir, 'in.bin'), { highWaterMark: 4096 }), 1000)
    expect(same(read, data)).toBe(true)
  })

  it('writes through fs.createWriteStream with backpressure, then VT_close ends it', async () => {
    const data = random(300_000)
    const out = createWriteStream(join(dir, 'out.bin'), { highWaterMark: 1024 })
    const finished = new Promise<void>((resolve) => out.on('finish', () => resolve()))
    expect(await VT_run(writeAll, out, data, 4096, VT_close)).toBe(data.length)
    await finished
    expect(same(readFileSync(join(dir, 'out.bin')), data)).toBe(true)
  })

  it('refuses a stream in string mode with a clear error', async () => {
    writeFileSync(join(dir, 'text.txt'), 'hello')
    const stream = createReadStream(join(dir, 'text.txt'), { encoding: 'utf8' })
    await expect(VT_run(readAll, stream, 10)).rejects.toThrow(/delivers string chunks; vtify reads bytes \(do not call setEncoding/)
  })
})

describe('fs/promises FileHandle', () => {
  it('writes and reads back through the handle position', async () => {
    const data = random(100_000)
    const path = join(dir, 'handle.bin')
    const writer = await open(path, 'w')
    expect(await VT_run(writeAll, writer, data, 30_000, () => {})).toBe(data.length)
    await writer.close()
    const reader = await open(path, 'r')
    const read = await VT_run(readAll, reader, 8192)
    await reader.close()
    expect(same(read, data)).toBe(true)
  })
})

describe('Web streams', () => {
  it('reads a ReadableStream chunk by chunk, smaller reads than chunks included', async () => {
    const chunks = [random(10), random(1), random(300)]
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c)
        controller.close()
      },
    })
    expect(same(await VT_run(readAll, stream, 7), Buffer.concat(chunks))).toBe(true)
  })

  it("waits on a WritableStream's backpressure (desiredSize) and delivers every chunk in order", async () => {
    const received: Uint8Array[] = []
    let writes = 0
    const stream = new WritableStream<Uint8Array>(
      {
        write: (chunk) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              received.push(chunk)
              writes++
              resolve()
            }, 1),
          ),
      },
      { highWaterMark: 1 },
    )
    const data = random(50)
    const writer = VT_run(writeAll, stream, data, 10, VT_close)
    await VT_run(once, 'sleep', 0)
    expect(VT_dump()).toMatch(/writeAll: waiting in VT_write/)
    expect(await writer).toBe(50)
    await VT_run(once, 'sleep', 20)
    expect(writes).toBe(5)
    expect(same(Buffer.concat(received), data)).toBe(true)
  })

  it('throws ECLOSED at a VT_write after VT_close, while the close is pending and once it is done', async () => {
    const received: Uint8Array[] = []
    const stream = new WritableStream<Uint8Array>({ write: (chunk) => void received.push(chunk) })
    expect(await VT_run(writeAll, stream, new Uint8Array([1, 2]), 2, VT_close)).toBe(2)
    const closed = { code: 'ECLOSED', message: 'VT_write: WritableStream is closed (ended or destroyed); nothing more can be written' }
    const noEnd = (): void => undefined
    await expect(VT_run(writeAll, stream, new Uint8Array([3]), 1, noEnd)).rejects.toMatchObject(closed)
    await VT_run(once, 'sleep', 1)
    await expect(VT_run(writeAll, stream, new Uint8Array([4]), 1, noEnd)).rejects.toMatchObject(closed)
    expect(received.map((chunk) => [...chunk])).toEqual([[1, 2]])
  })

  it('loops bytes through a TransformStream used as a { readable, writable } channel', async () => {
    const pipe = new TransformStream<Uint8Array, Uint8Array>()
    const data = random(1000)
    const [written, read] = await Promise.all([VT_run(writeAll, pipe, data, 100, VT_close), VT_run(readAll, pipe, 64)])
    expect(written).toBe(1000)
    expect(same(read, data)).toBe(true)
  })

  it('throws at the call site when a ReadableStream errors', async () => {
    const stream = new ReadableStream<Uint8Array>({ pull: (controller) => controller.error(new Error('source broke')) })
    await expect(VT_run(readAll, stream, 8)).rejects.toThrow('VT_read: ReadableStream failed: source broke')
  })
})

describe('VT_lines', () => {
  it('checks its channel when called, without attaching a port to it', () => {
    expect(() => VT_lines({} as ReadChannel)).toThrow(/^VT_lines: Object is not a channel vtify knows: pass .*, or give it a \[VT_CHANNEL\] port$/)
    expect(() => VT_lines(42 as unknown as ReadChannel)).toThrow(/^VT_lines: expected a channel \(.*\), got number$/)
    const stream = new ReadableStream<Uint8Array>()
    VT_lines(stream)
    expect(stream.locked).toBe(false) // a port would have taken its reader
  })
})
