// Memory per suspended thread: 100,000 threads parked in VT_join, VT_read and VT_sleep — vtify's
// output for bench/runtime/blocking/parked.ts (bench/runtime/compile.mjs) — against their
// async/await twins (bench/runtime/parked-async.ts) parked in the same places. No per-thread
// buffer in either version: readers share one. What each thread waits on (the joined thread, the
// promise, the channels) exists before the baseline, so only the threads are measured. Each
// measurement runs in a process of its own, so that no variant inherits another's garbage or timers.
// Run: npm run bench:memory (node --expose-gc)

import { fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { VT_cancel, VT_pipe, VT_spawn, VT_stats, type Pipe, type VThread } from '../../runtime/index.js'
import { importCompiled } from './compiled.js'
import { heapInUse, turn, until } from './heap.js'
import { AsyncChannel, joinAsync, readAsync, sleepAsync } from './parked-async.js'

interface Parked {
  joinThread: (t: VThread<number>, a: number, b: number) => number
  readThread: (ch: object, buf: Uint8Array, a: number) => number
  sleepThread: (ms: number, a: number) => number
}
const compiled = await importCompiled<Parked>('blocking/parked.js')

const THREADS = 100_000
const SLEEP_MS = 60_000
const shared = new Uint8Array(1)

/**
 * Bytes per thread: `start(i)` for every i after the baseline, measured once all have parked
 * (`parked`: for vtify, once each was thrown to; an async function parks when called).
 */
async function perThread<H>(start: (i: number) => H, parked = (): boolean => true): Promise<{ bytes: number; handles: H[] }> {
  const handles: H[] = new Array<H>(THREADS)
  const base = heapInUse()
  for (let i = 0; i < THREADS; i++) handles[i] = start(i)
  await turn()
  await until(parked)
  return { bytes: (heapInUse() - base) / THREADS, handles }
}

/** For perThread: every thread spawned from now on has been thrown to once. */
function thrownToOnce(): () => boolean {
  const before = VT_stats().throws
  return () => VT_stats().throws >= before + THREADS
}

function assertLive(n: number): void {
  if (VT_stats().live !== n) throw new Error(`expected ${n} live threads, have ${VT_stats().live}`)
}

/** Every thread has ended (they wake over several host turns). */
const allEnded = (): Promise<void> => until(() => VT_stats().live === 0)

async function vtifyJoin(): Promise<number> {
  const gate = VT_pipe(1)
  const target = VT_spawn(compiled.readThread, gate, shared, 0)
  await turn()
  const { bytes } = await perThread((i) => VT_spawn(compiled.joinThread, target, i, 2), thrownToOnce())
  assertLive(THREADS + 1)
  gate.close()
  await allEnded()
  return bytes
}

async function asyncJoin(): Promise<number> {
  let open: (n: number) => void = () => {}
  const target = new Promise<number>((resolve) => (open = resolve))
  const { bytes, handles } = await perThread((i) => joinAsync(target, i, 2))
  open(0)
  await Promise.all(handles)
  return bytes
}

async function vtifyRead(): Promise<number> {
  const pipes: Pipe[] = Array.from({ length: THREADS }, () => VT_pipe(1))
  const { bytes } = await perThread((i) => VT_spawn(compiled.readThread, pipes[i] as Pipe, shared, i), thrownToOnce())
  assertLive(THREADS)
  for (const p of pipes) p.close()
  await allEnded()
  return bytes
}

async function asyncRead(): Promise<number> {
  const channels = Array.from({ length: THREADS }, () => new AsyncChannel())
  const { bytes, handles } = await perThread((i) => readAsync(channels[i] as AsyncChannel, shared, i))
  for (const c of channels) c.close()
  await Promise.all(handles)
  return bytes
}

async function vtifySleep(): Promise<number> {
  const { bytes, handles } = await perThread((i) => VT_spawn(compiled.sleepThread, SLEEP_MS, i), thrownToOnce())
  assertLive(THREADS)
  for (const t of handles) VT_cancel(t)
  await allEnded()
  return bytes
}

async function asyncSleep(): Promise<number> {
  // The async functions cannot be cancelled: they are measured with a short sleep and awaited.
  const { bytes, handles } = await perThread((i) => sleepAsync(500, i))
  await Promise.all(handles)
  return bytes
}

const MEASUREMENTS: Record<string, () => Promise<number>> = { vtifyJoin, asyncJoin, vtifyRead, asyncRead, vtifySleep, asyncSleep }
const ROWS = [
  ['VT_join  (one joined thread)', 'vtifyJoin', 'asyncJoin'],
  ['VT_read  (a VT_pipe each)', 'vtifyRead', 'asyncRead'],
  ['VT_sleep', 'vtifySleep', 'asyncSleep'],
] as const

/** Bytes per thread of one measurement, in a fresh process. */
async function measured(name: string): Promise<number> {
  const worker = fork(fileURLToPath(import.meta.url), [name], { execArgv: ['--expose-gc'] })
  const [bytes] = (await once(worker, 'message')) as [number]
  return bytes
}

const name = process.argv[2]
if (name !== undefined) process.send?.(await (MEASUREMENTS[name] as () => Promise<number>)())
else {
  console.log(`heap per suspended thread, ${THREADS.toLocaleString('en')} threads, compiled by vtify vs async/await (node ${process.version})`)
  console.log(`  parked in                      vtify     async   vtify/async (budget ≤ 0.33)`)
  for (const [row, vtify, async] of ROWS) {
    const [vt, as] = [await measured(vtify), await measured(async)]
    console.log(`  ${row.padEnd(28)} ${vt.toFixed(0).padStart(5)} B   ${as.toFixed(0).padStart(5)} B   ${(vt / as).toFixed(2)}`)
  }
}
