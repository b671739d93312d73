// VT_cancel: a thread parked in any primitive is taken off what it waits on (a later completion
// never wakes it), its finally block runs, it ends once as cancelled, joiners get the Cancelled
// error, and nothing is reported as an unjoined error.

import { createConnection, createServer, type Server, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  Cancelled,
  VT_CHANNEL,
  WAIT,
  complete,
  type Continuation,
  type Port,
  type Signal,
  VT_cancel,
  VT_channel,
  VT_configure,
  VT_dump,
  VT_pipe,
  VT_run,
  VT_self,
  VT_spawn,
  VT_stats,
  type VThread,
} from '../../runtime/index.js'
import { once, readAll, serve, writeAll, yielder } from './machines/basics.js'
import { function1 } from './machines/figure2.js'
import { cleanup, lingering, type WaitOp } from './machines/cleanup.js'

const reports: string[] = []
VT_configure({ onUnjoinedError: (text) => reports.push(text) })
afterEach(() => {
  expect(reports).toEqual([]) // a cancellation is never reported as an error nobody joined
})

/** Let every thread spawned so far run until it parks (the active queue is FIFO). */
const tick = (): Promise<unknown> => VT_run(() => undefined)
/** A host turn with no thread started: whatever the host completes now is delivered. */
const hostTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Start cleanup(op, arg) and let it park; returns its handle and its log. */
async function parked(op: WaitOp, arg: unknown): Promise<{ thread: VThread; log: string[] }> {
  const log: string[] = []
  const thread = VT_spawn(cleanup, op, arg, log)
  await tick()
  expect(VT_dump()).toContain(`thread #${thread.id} cleanup: waiting in`)
  return { thread, log }
}

/** Cancel `thread` and check it ended exactly once, as cancelled, after running its finally. */
async function cancelAndCheck(thread: VThread, log: string[], op: WaitOp): Promise<void> {
  const before = VT_stats()
  VT_cancel(thread)
  const error = await VT_run(once, 'join', thread).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(Cancelled)
  expect((error as Cancelled).threadId).toBe(thread.id)
  expect((error as Error).message).toMatch(new RegExp(`^thread #${thread.id} cleanup was cancelled \\(VT_cancel\\)$`))
  expect(log).toEqual([`finally ${op}`])
  const after = VT_stats()
  expect(after.cancelled - before.cancelled).toBe(1)
  expect(after.threw - before.threw).toBe(1) // the joiner, which rethrew the Cancelled error
  expect(after.live - before.live).toBe(-1)
  expect(VT_dump()).not.toContain(`thread #${thread.id} `)
  VT_cancel(thread) // an ended thread: nothing happens
  expect(VT_stats().cancelled).toBe(after.cancelled)
}

describe('VT_cancel of a thread parked in', { timeout: 5000 }, () => {
  it('VT_read on a pipe: bytes written later stay buffered for the next reader', async () => {
    const pipe = VT_pipe()
    const { thread, log } = await parked('read', pipe)
    await cancelAndCheck(thread, log, 'read')
    const bytes = new TextEncoder().encode('late')
    await VT_run(writeAll, pipe, bytes, 4, () => pipe.close())
    expect(pipe.buffered).toBe(4)
    expect(await VT_run(readAll, pipe, 16)).toEqual(bytes)
  })

  it('VT_write on a full pipe: what was buffered stays, the rest is dropped, nothing resumes the writer', async () => {
    const pipe = VT_pipe(4)
    const { thread, log } = await parked('write', pipe) // 8 bytes into room for 4
    expect(pipe.buffered).toBe(4)
    await cancelAndCheck(thread, log, 'write')
    const reader = VT_run(readAll, pipe, 16) // frees room: a parked writer would be refilled
    await tick()
    pipe.close() // would fail a parked writer
    expect(await reader).toEqual(new Uint8Array(4))
  })

  it('VT_sleep in a batch: threads sleeping the same ms in one round share a timer, cleared with its last sleeper', async () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
    const idle = timers()
    const logA: string[] = []
    const logB: string[] = []
    const a = VT_spawn(cleanup, 'sleep', 60_000, logA)
    const b = VT_spawn(cleanup, 'sleep', 60_000, logB)
    await tick()
    expect(timers()).toBe(idle + 1)
    await cancelAndCheck(a, logA, 'sleep')
    expect(timers()).toBe(idle + 1) // b still sleeps on it
    await cancelAndCheck(b, logB, 'sleep')
    expect(timers()).toBe(idle)
  })

  it('VT_sleep in a batch: the others still wake when one is cancelled', async () => {
    const log: string[] = []
    const live = VT_stats().live
    const a = VT_spawn(cleanup, 'sleep', 20, log)
    const b = VT_spawn(once, 'sleep', 20)
    await tick()
    await cancelAndCheck(a, log, 'sleep')
    expect(await VT_run(once, 'join', b)).toBeUndefined()
    expect(VT_stats().live).toBe(live)
  })

  it('VT_sleep: its timer is cleared', async () => {
    const timers = (): number => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length
    const idle = timers()
    const { thread, log } = await parked('sleep', 60_000)
    expect(timers()).toBe(idle + 1)
    await cancelAndCheck(thread, log, 'sleep')
    expect(timers()).toBe(idle)
  })

  it('VT_await: the promise settling later wakes nothing', async () => {
    let settle: (value: unknown) => void = () => undefined
    const thenable = { then: (onValue: (value: unknown) => void) => void (settle = onValue) }
    const { thread, log } = await parked('await', thenable)
    await cancelAndCheck(thread, log, 'await')
    const throws = VT_stats().throws
    settle('too late') // what the promise does when it resolves: must neither throw nor resume
    await hostTurn()
    expect(VT_stats().throws).toBe(throws)
  })

  it('VT_accept on a 127.0.0.1 server: the next connection goes to the next acceptor', async () => {
    const server: Server = VT_channel(createServer())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const { thread, log } = await parked('accept', server)
      await cancelAndCheck(thread, log, 'accept')
      const client = createConnection(port, '127.0.0.1')
      await new Promise((resolve) => client.once('connect', resolve))
      await hostTurn()
      const accepted = (await VT_run(once, 'accept', server)) as Socket
      expect(accepted.remotePort).toBe(client.localPort)
      accepted.destroy()
      client.destroy()
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('VT_read on a 127.0.0.1 socket: bytes that arrive later are read by the next reader', async () => {
    const server: Server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve))
    const client = createConnection((server.address() as { port: number }).port, '127.0.0.1')
    const socket = await accepted
    try {
      const { thread, log } = await parked('read', socket)
      await cancelAndCheck(thread, log, 'read')
      client.end('late')
      expect(new TextDecoder().decode(await VT_run(readAll, socket, 16))).toBe('late')
    } finally {
      socket.destroy()
      client.destroy()
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('VT_read on a Web ReadableStream: the chunk its read was waiting for goes to the next reader', async () => {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined
    const stream = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) })
    const { thread, log } = await parked('read', stream)
    await cancelAndCheck(thread, log, 'read')
    controller?.enqueue(new TextEncoder().encode('late'))
    controller?.close()
    expect(new TextDecoder().decode(await VT_run(readAll, stream, 16))).toBe('late')
  })

  it('a custom channel whose port cannot unpark: VT_cancel says so and leaves the thread waiting', async () => {
    let resume: (() => void) | undefined
    const channel = {
      [VT_CHANNEL]: {
        what: 'custom channel',
        read: (k: Continuation): Signal => {
          resume = () => complete(k, 0)
          return WAIT
        },
      } satisfies Port,
    }
    const { thread, log } = await parked('read', channel)
    expect(() => VT_cancel(thread)).toThrow(/VT_cancel: thread #\d+ cleanup waits on a channel whose port has no unpark\(k\)/)
    resume?.()
    expect(await VT_run(once, 'join', thread)).toBe(0)
    expect(log).toEqual(['finally read'])
  })

  it('VT_join: the joined thread ending later wakes nothing', async () => {
    const pipe = VT_pipe()
    const target = VT_spawn(readAll, pipe, 4)
    const { thread, log } = await parked('join', target)
    await cancelAndCheck(thread, log, 'join')
    const before = VT_stats()
    pipe.close()
    expect(await VT_run(once, 'join', target)).toEqual(new Uint8Array(0))
    const after = VT_stats()
    expect(after.returned - before.returned).toBe(2) // target and the joiner above, nothing else
    expect(after.throws - before.throws).toBe(2)
  })
})

describe('VT_cancel of a thread that is not parked', { timeout: 5000 }, () => {
  it('throws at the next resume of a queued thread (here: after VT_yield), so finally runs', async () => {
    const log: string[] = []
    const thread = VT_spawn(cleanup, 'yield', null, log)
    VT_spawn(() => VT_cancel(thread)) // runs after cleanup has yielded: it is in the yield queue
    const error = await VT_run(once, 'join', thread).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Cancelled)
    expect(log).toEqual(['finally yield'])
  })

  it('ends a thread that has not started at once, without running any of it', async () => {
    const before = VT_stats()
    const log: string[] = []
    const thread = VT_spawn(cleanup, 'sleep', 1, log)
    VT_cancel(thread)
    expect(VT_stats().cancelled - before.cancelled).toBe(1)
    expect(VT_dump()).not.toContain(`thread #${thread.id} `)
    await expect(VT_run(once, 'join', thread)).rejects.toBeInstanceOf(Cancelled)
    expect(log).toEqual([])
    expect(VT_stats().throws - before.throws).toBe(1) // the joiner only: the queue skipped it
  })

  it('skips every thread cancelled before it started, wherever it is queued, and runs the others in order', async () => {
    const before = VT_stats()
    const log: string[] = []
    const threads = ['a', 'b', 'c', 'd', 'e'].map((name) => VT_spawn(yielder, name, 2, log))
    VT_cancel(threads[1] as VThread)
    VT_cancel(threads[3] as VThread)
    VT_cancel(threads[4] as VThread)
    await VT_run(once, 'join', threads[2])
    expect(log).toEqual(['a0', 'c0', 'a1', 'c1'])
    // a and c twice each and once more to return, the joiner twice: nothing thrown to the cancelled
    expect(VT_stats().throws - before.throws).toBe(8)
    const after: string[] = []
    await VT_run(yielder, 'later', 2, after) // the queue still runs what comes next
    expect(after).toEqual(['later0', 'later1'])
  })

  it('throws at once in the running thread itself (VT_cancel(VT_self())), running its finally', async () => {
    const before = VT_stats()
    const log: string[] = []
    const done = VT_run(() => {
      try {
        VT_cancel(VT_self())
        log.push('not reached')
      } finally {
        log.push('finally self')
      }
    })
    await expect(done).rejects.toBeInstanceOf(Cancelled)
    expect(log).toEqual(['finally self'])
    const after = VT_stats()
    expect(after.cancelled - before.cancelled).toBe(1)
    expect(after.threw - before.threw).toBe(0)
  })

  it('cancels the child thread of a dynamic call together with its caller', async () => {
    const before = VT_stats()
    const log: string[] = []
    const caller = VT_spawn(serve, function1, 3, log)
    VT_spawn(() => VT_cancel(caller)) // runs while the child (function1) is in VT_yield
    const error = await VT_run(once, 'join', caller).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Cancelled)
    expect((error as Cancelled).threadId).toBe(caller.id)
    expect(log).toEqual(['serve start'])
    const after = VT_stats()
    expect(after.cancelled - before.cancelled).toBe(2) // the caller and its child, by the same error
    expect(after.live).toBe(before.live)
  })

  it('can cancel again a thread whose finally block waits: the same error, counted once', async () => {
    const before = VT_stats()
    const log: string[] = []
    const thread = VT_spawn(lingering, log)
    await tick()
    VT_cancel(thread)
    await tick() // it ran its finally block up to the second VT_sleep
    expect(log).toEqual(['flushing'])
    expect(VT_dump()).toContain(`thread #${thread.id} lingering: waiting in VT_sleep\n    at lingering (test/runtime/machines/cleanup.ts:6)`)
    const first = await VT_run(() => VT_stats().cancelled)
    expect(first).toBe(before.cancelled) // not ended yet
    VT_cancel(thread)
    const error = await VT_run(once, 'join', thread).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Cancelled)
    expect(log).toEqual(['flushing'])
    expect(VT_stats().cancelled - before.cancelled).toBe(1)
  })

  it('does nothing to a thread that has ended', async () => {
    const thread = VT_spawn(() => 7)
    expect(await VT_run(once, 'join', thread)).toBe(7)
    const before = VT_stats()
    VT_cancel(thread)
    expect(await VT_run(once, 'join', thread)).toBe(7)
    expect(VT_stats().cancelled).toBe(before.cancelled)
  })

  it('rejects what is not a thread', () => {
    expect(() => VT_cancel({} as VThread)).toThrow(/VT_cancel: expected a thread handle returned by VT_spawn/)
  })
})
