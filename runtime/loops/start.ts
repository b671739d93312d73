// VT_start: several event loops, one per worker thread beside the calling one (paper §2.2.1;
// docs/runtime.md §14.1). Each worker imports the module that called VT_start, so that every
// loop has loaded the same code — which is what lets a continuation travel as plain data, its
// state machines named by stable ids. In a worker, the same call joins the loops instead.

import { Error, Promise, RangeError, String, atomicExchange, isInteger } from '../intrinsics.js'
import { append, filled } from '../lists.js'
import { setIdBase } from '../protocol.js'
import { useStableIds } from '../registry.js'
import { runThread, setGuestEnds } from '../threads.js'
import { hostCores, nodeBuiltin } from '../work/host-threads.js'
import { setRoundHook } from '../loop.js'
import { endGuest, publishLive } from './away.js'
import { assignOwners } from './clues.js'
import { measureLoad, startCluethread } from './cluethread.js'
import { LOOP_GONE, MAX_LOOPS, here, loopField, tableLength } from './here.js'
import { keepAlive } from './keep-alive.js'
import { SeededHub, importForLoop, inProcessData, inProcessLoop } from './in-process.js'
import { ID_RANGE } from './migrant.js'
import { broadcast, connect, post, type PeerPort } from './peers.js'

export interface StartOptions {
  /** How many event loops run the threads (default: the host's cores). */
  readonly loops?: number
  /**
   * The module that calls VT_start, `import.meta.url`: every other loop imports it, on its own
   * worker thread. Needed when loops > 1. Its top-level code runs in every loop, so it should
   * only declare things (functions, clues); VT_start runs main on loop 0 alone.
   */
  readonly module?: string | URL
  /** How often the Cluethread rebalances clues, in milliseconds (default 500); 0: never, clues stay where they start. */
  readonly cluePeriodMs?: number
  /**
   * For tests: every loop in this thread, as a separate instance of the runtime and the program,
   * messages delivered in an order `seed` chooses — the same run for the same seed. No
   * Cluethread (the loops share one thread's utilization).
   */
  readonly inProcess?: { readonly seed: number }
}

/** What a worker started by VT_start receives. */
interface LoopData {
  readonly loop: number
  readonly count: number
  readonly table: Int32Array
  readonly module: string
  readonly ports: (PeerPort | undefined)[]
  readonly cluePeriodMs: number
}

interface MessageChannelPair {
  readonly port1: PeerPort
  readonly port2: PeerPort
}

interface WorkerThreads {
  readonly workerData: { vtifyLoop?: LoopData } | null
  readonly MessageChannel: new () => MessageChannelPair
  readonly Worker: new (source: string, options: object) => LoopWorker
}

interface LoopWorker {
  on(event: 'error', listener: (error: Error) => void): void
  on(event: 'exit', listener: (code: number) => void): void
  unref(): void
}

// A loop's program: the module that started the loops, imported for its code.
const PROGRAM = `import(require('node:worker_threads').workerData.vtifyLoop.module)`

export function startLoops(main: unknown, options: StartOptions, args: readonly unknown[]): Promise<unknown> {
  const joining = joiningLoop()
  if (joining !== undefined) {
    join(joining)
    return new Promise<unknown>(() => {}) // nothing after VT_start runs again in another loop
  }
  if (here.count > 1) throw new Error('VT_start: the event loops are running already; call VT_start once')
  const count = options.loops ?? hostCores()
  if (!isInteger(count) || count < 1 || count > MAX_LOOPS) throw new RangeError(`VT_start: loops must be an integer from 1 to ${MAX_LOOPS}, got ${count}`)
  const period = options.cluePeriodMs ?? 500
  if (!(period >= 0)) throw new RangeError(`VT_start: cluePeriodMs must be a number ≥ 0, got ${period}`)
  const hub = count > 1 ? launch(count, options, options.inProcess === undefined ? period : 0) : undefined
  if (hub === undefined) return runThread(main, args, 'VT_start')
  return hub.ready.then(() => runThread(main, args, 'VT_start'))
}

/** Loops 1…n−1 before they join: the loop this instance of the runtime is to be (0 for any other). */
let toJoin: number | undefined

/**
 * VT_loop(): the loop running this code. A loop's worker knows which it is before its VT_start
 * call joins the others, so its top-level code gets its own index too, not 0.
 */
export function loopIndex(): number {
  if (here.count > 1) return here.self
  toJoin ??= joiningLoop()?.loop ?? 0
  return toJoin
}

/** The loop this instance of the runtime is to join: a worker's, or one of a one-process run. */
function joiningLoop(): LoopData | undefined {
  const loop = inProcessLoop()
  if (loop !== undefined) return inProcessData.get(loop) as LoopData | undefined
  return nodeBuiltin<WorkerThreads>('node:worker_threads')?.workerData?.vtifyLoop
}

/** Start the other loops; in one process, returns the hub that delivers their messages. */
function launch(count: number, options: StartOptions, cluePeriodMs: number): SeededHub | undefined {
  const module = options.module
  if (module === undefined) throw new Error('VT_start: with loops > 1, pass { module: import.meta.url }: each event loop imports it on its own worker thread')
  const threads = nodeBuiltin<WorkerThreads>('node:worker_threads')
  if (threads === undefined) throw new Error('VT_start: this host has no worker threads; loops > 1 needs Node')
  const table = new Int32Array(new SharedArrayBuffer(tableLength() * 4))
  assignOwners(table, count)
  const hub = options.inProcess === undefined ? undefined : new SeededHub(options.inProcess.seed)
  const ports = channels(() => hub?.channel() ?? new threads.MessageChannel(), count)
  enter(0, count, table, cluePeriodMs)
  for (let loop = 1; loop < count; loop++) {
    const data: LoopData = { loop, count, table, module: String(module), ports: ports[loop] as (PeerPort | undefined)[], cluePeriodMs }
    if (hub === undefined) startWorker(threads, data)
    else {
      inProcessData.set(loop, data)
      importForLoop(data.module, loop, nodeBuiltin)
    }
  }
  connect(ports[0] as (PeerPort | undefined)[], false)
  keepAlive()
  if (cluePeriodMs > 0) startCluethread(cluePeriodMs)
  return hub
}

function startWorker(threads: WorkerThreads, data: LoopData): void {
  const loop = data.loop
  const worker = new threads.Worker(PROGRAM, {
    eval: true,
    name: `vtify event loop #${loop}`,
    workerData: { vtifyLoop: data },
    transferList: defined(data.ports),
  })
  worker.on('error', (error) => stopped(loop, `${error.name}: ${error.message}`))
  worker.on('exit', (code) => stopped(loop, `its worker exited with code ${code}`))
  worker.unref()
}

/** ports[i][j]: loop i's end of the channel between loops i and j. */
function channels(channel: () => MessageChannelPair, count: number): (PeerPort | undefined)[][] {
  const ports: (PeerPort | undefined)[][] = []
  for (let i = 0; i < count; i++) append(ports, filled<PeerPort | undefined>(count, undefined))
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const pair = channel()
      ;(ports[i] as (PeerPort | undefined)[])[j] = pair.port1
      ;(ports[j] as (PeerPort | undefined)[])[i] = pair.port2
    }
  }
  return ports
}

function join(data: LoopData): void {
  enter(data.loop, data.count, data.table, data.cluePeriodMs)
  setIdBase(data.loop * ID_RANGE)
  connect(data.ports, true)
}

function enter(self: number, count: number, table: Int32Array, cluePeriodMs: number): void {
  here.self = self
  here.count = count
  here.table = table
  useStableIds()
  setRoundHook(publishLive)
  setGuestEnds(endGuest)
  if (cluePeriodMs > 0) measureLoad(cluePeriodMs)
}

function stopped(loop: number, reason: string): void {
  const at = loopField(loop, LOOP_GONE)
  if (atomicExchange(here.table, at, 1) === 1) return
  const message = { t: 'gone', loop, reason } as const
  broadcast(message)
  post(0, message)
}

function defined<T>(list: readonly (T | undefined)[]): T[] {
  const items: T[] = []
  for (const item of list) if (item !== undefined) append(items, item)
  return items
}
