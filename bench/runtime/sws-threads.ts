// Thread-per-connection baseline of `npm run bench:webstone`: a worker thread (a kernel thread
// with its own V8 isolate) per connection, running sws-thread.ts's blocking code; this thread
// only accepts and moves bytes between sockets and threads. New threads are refused — the
// connection is closed, and reported — past THREADS_MAX (default 1,000) or when the machine has
// less than FREE_MB_MIN (default 2,048) MB free, so that the baseline gives out before the shared
// machine does; the report says where. stdout's last lines count threads at exit (SIGTERM).
//   PORT=0 ROOT=dir TIMEOUT_MS=10000 node sws-threads.js

import { once } from 'node:events'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import os from 'node:os'
import { MessageChannel, Worker } from 'node:worker_threads'
import { readConfig } from '../../examples/simple-web-server/src/config.js'
import { INPUT, UNSENT, type Output, type ThreadData } from './sws-thread-protocol.js'

const THREADS_MAX = Number(process.env.THREADS_MAX ?? 1000)
const FREE_MB_MIN = Number(process.env.FREE_MB_MIN ?? 2048)
const THREAD = new URL('./sws-thread.js', import.meta.url)

let live = 0
let peak = 0
let refused = 0

/** Why a new thread cannot be had now, or undefined. */
function shortage(): string | undefined {
  if (live >= THREADS_MAX) return `THREADS_MAX (${THREADS_MAX}) threads are running`
  const freeMb = os.freemem() / 2 ** 20
  if (freeMb < FREE_MB_MIN) return `${freeMb.toFixed(0)} MB free, under FREE_MB_MIN (${FREE_MB_MIN})`
  return undefined
}

function connection(sock: Socket, root: string, timeoutMs: number): void {
  const why = shortage()
  if (why !== undefined) {
    refused++
    console.error(`connection ${sock.remoteAddress}:${sock.remotePort}: no thread: ${why}`)
    sock.destroy()
    return
  }
  const { port1, port2 } = new MessageChannel()
  const shared = new SharedArrayBuffer(8)
  const counters = new Int32Array(shared)
  const data: ThreadData = { port: port2, shared, root }
  const thread = new Worker(THREAD, { workerData: data, transferList: [port2], resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 } })
  live++
  peak = Math.max(peak, live)
  const input = (bytes: Buffer | null): void => {
    port1.postMessage(bytes === null ? null : new Uint8Array(bytes))
    Atomics.add(counters, INPUT, 1)
    Atomics.notify(counters, INPUT)
  }
  sock.setTimeout(timeoutMs, () => sock.destroy())
  sock.on('data', input)
  sock.on('end', () => input(null))
  sock.on('close', () => void thread.terminate())
  sock.on('error', (error) => console.error(`connection ${sock.remoteAddress}:${sock.remotePort}: ${String(error)}`))
  port1.on('message', (out: Output) => {
    if (out === 'end') return void sock.end()
    sock.write(out, () => {
      Atomics.sub(counters, UNSENT, out.length)
      Atomics.notify(counters, UNSENT)
    })
  })
  thread.on('error', (error) => {
    console.error(`connection ${sock.remoteAddress}:${sock.remotePort}: thread failed: ${String(error)}`)
    sock.destroy()
  })
  thread.on('exit', () => {
    live--
    port1.close()
  })
}

const config = readConfig()
const server = createServer({ noDelay: true }, (sock) => connection(sock, config.root, config.timeoutMs))
server.listen({ port: config.port, host: '127.0.0.1', backlog: 4096 })
await once(server, 'listening')
const { address, port } = server.address() as AddressInfo
console.log(`listening on ${address}:${port}`)
console.log(`serving ${config.root}, idle timeout ${config.timeoutMs} ms, a thread per connection (at most ${THREADS_MAX})`)
process.on('SIGTERM', () => {
  console.log(`threads: peak ${peak}, refused ${refused}`)
  process.exit(0)
})
