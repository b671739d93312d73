// Memory per suspended thread: 100,000 copies of the paper's echo_thread blocked in VT_read on
// an in-memory channel — hand-written in the transform's shape, and the example's echoThread
// compiled by vtify (examples/echo-server/src/echo.ts, bench/runtime/compile.mjs) — vs the same
// handler written with async/await blocked in a read. The channels and handle arrays exist before
// the baseline, so only the threads are measured.
// Run: npm run bench:memory (node --expose-gc)

import { VT_pipe, VT_spawn, VT_stats, type VThread } from '../../runtime/index.js'
import { echoThread } from '../../test/runtime/machines/echo.js'
import { importCompiled } from './compiled.js'

const compiled = await importCompiled<{ echoThread: (sock: object) => number }>('echo-server/src/echo.js')

const THREADS = 100_000

/** The async twin's channel: read() parks a promise until bytes arrive, like a socket read. */
class AsyncChannel {
  private waiter: ((n: number) => void) | null = null
  read(buf: Uint8Array, n: number): Promise<number> {
    void [buf, n]
    return new Promise((resolve) => (this.waiter = resolve))
  }
  write(data: Uint8Array, n: number): Promise<number> {
    void data
    return Promise.resolve(n)
  }
  close(): void {
    this.waiter?.(0)
  }
}

// The same handler as echoThread, with async/await.
async function echoAsync(sock: AsyncChannel): Promise<number> {
  const c = new Uint8Array(1)
  while ((await sock.read(c, 1)) === 1) await sock.write(c, 1)
  return 0
}

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:memory does)')

function heap(): number {
  gc?.()
  gc?.()
  const m = process.memoryUsage()
  return m.heapUsed + m.external
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20))

async function vtifyBytes(thread: (sock: object) => number): Promise<number> {
  const pipes = Array.from({ length: THREADS }, () => VT_pipe(1))
  const handles: VThread[] = new Array<VThread>(THREADS)
  const base = heap()
  for (let i = 0; i < THREADS; i++) handles[i] = VT_spawn(thread, pipes[i] as object)
  await turn()
  const used = heap() - base
  if (handles.length !== THREADS || VT_stats().live !== THREADS) throw new Error(`expected ${THREADS} suspended threads, have ${VT_stats().live}`)
  for (const p of pipes) p.close()
  await turn()
  if (VT_stats().live !== 0) throw new Error('threads did not end when their pipes closed')
  return used / THREADS
}

async function asyncBytes(): Promise<number> {
  const channels = Array.from({ length: THREADS }, () => new AsyncChannel())
  const handles: Promise<number>[] = new Array<Promise<number>>(THREADS)
  const base = heap()
  for (let i = 0; i < THREADS; i++) handles[i] = echoAsync(channels[i] as AsyncChannel)
  await turn()
  const used = heap() - base
  for (const c of channels) c.close()
  await Promise.all(handles)
  return used / THREADS
}

/** Both handlers allocate `c = new Uint8Array(1)`: what that buffer alone costs. */
function bufferBytes(): number {
  const buffers: Uint8Array[] = new Array<Uint8Array>(THREADS)
  const base = heap()
  for (let i = 0; i < THREADS; i++) buffers[i] = new Uint8Array(1)
  const used = heap() - base
  if (buffers.length !== THREADS) throw new Error('unreachable: keeps the buffers alive while measuring')
  return used / THREADS
}

const buffer = bufferBytes()
const vt = await vtifyBytes(echoThread)
const vtCompiled = await vtifyBytes(compiled.echoThread)
const as = await asyncBytes()
const bytes = (n: number): string => `${n.toFixed(0).padStart(5)} bytes`
console.log(`heap per suspended echo thread, ${THREADS.toLocaleString('en')} threads blocked in a read (node ${process.version})`)
console.log(`  vtify echoThread                   ${bytes(vt)}`)
console.log(`  vtify echoThread, compiled         ${bytes(vtCompiled)}   (compiled/hand-written ${(vtCompiled / vt).toFixed(2)}×)`)
console.log(`  async/await echoAsync              ${bytes(as)}`)
console.log(`  vtify/async                        ${(vt / as).toFixed(2)}   (budget ≤ 0.33)`)
console.log(`  vtify compiled/async               ${(vtCompiled / as).toFixed(2)}`)
console.log(`  of which the handler's own buffer  ${bytes(buffer)}   (c = new Uint8Array(1), in both)`)
console.log(`  vtify/async without that buffer    ${((vt - buffer) / (as - buffer)).toFixed(2)}   (the runtime's own cost per thread)`)
console.log(`  vtify compiled/async, same         ${((vtCompiled - buffer) / (as - buffer)).toFixed(2)}`)
