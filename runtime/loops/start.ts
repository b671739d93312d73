// VT_start: several event loops, one per worker thread beside the calling one (paper §2.2.1;
// docs/runtime.md §14.1). Each worker imports the module that called VT_start, so that every
// loop has loaded the same code — which is what lets a continuation travel as plain data, its
// state machines named by stable ids. In a worker, the same call joins the loops instead.

import { describeArgument } from '../errors.js'
import { Error, Promise, RangeError, String, atomicExchange, isInteger } from '../intrinsics.js'
import { append, filled } from '../lists.js'
import { setIdBase } from '../protocol.js'
import { useStableIds } from '../registry.js'
import { runThread, setGuestEnds } from '../threads.js'
import { hostCores, nodeBuiltin } from '../work/host-threads.js'
import { setHostTurnAtEverySwap, setRoundHook } from '../loop.js'
import { awayCount, endGuest, sendClose } from './away.js'
import { goHome } from './follow.js'
import { assignOwners, clueList } from './clues.js'
import { measureLoad, startCluethread } from './cluethread.js'
import { setHomeward } from './handles.js'
import { LOOP_GONE, MAX_LOOPS, here, loopField, tableLength } from './here.js'
import { countAway, keepAlive } from './keep-alive.js'
import { SeededHub, importForLoop, inProcessData, inProcessLoop } from './in-process.js'
import { ID_RANGE } from './migrant.js'
import { broadcast, connect, connectRings, post } from './peers.js'
import { afterRound, deliver } from './deliver.js'
import { cluesJoined } from './clue-check.js'
import { ringBuffer, ringWords } from './ring.js'
import type { LinkEnds, PeerPort, PullPort } from './link.js'

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
   * How long, in microseconds, a loop that goes idle right after threads moved keeps reading its
   * links before it sleeps (default 50; 0: never). A thread that arrives meanwhile crosses in a
   * few microseconds instead of a wake-up of the loop's thread; the price is up to this much CPU
   * each time the loop idles after a move, and I/O waiting as long (docs/runtime.md §14.2).
   */
  readonly spinMicros?: number
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
  /** On a worker: the links to every other loop (rings and ports). */
  readonly links?: (LinkEnds | undefined)[]
  /** In the one-process mode: plain ports to every other loop. */
  readonly ports?: (PeerPort | undefined)[]
  readonly cluePeriodMs: number
  readonly spinMicros: number
}

interface MessageChannelPair {
  readonly port1: PeerPort
  readonly port2: PeerPort
}

interface WorkerThreads {
  readonly workerData: { vtifyLoop?: LoopData } | null
  readonly MessageChannel: new () => MessageChannelPair
  readonly receiveMessageOnPort: PullPort
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
  if (options.inProcess !== undefined) setHostTurnAtEverySwap(true)
  const joining = joiningLoop()
  if (joining !== undefined) {
    join(joining)
    return new Promise<unknown>(() => {}) // nothing after VT_start runs again in another loop
  }
  if (here.count > 1) throw new Error('VT_start: the event loops are running already; call VT_start once')
  const count = options.loops ?? hostCores()
  if (!isInteger(count) || count < 1 || count > MAX_LOOPS)
    throw new RangeError(`VT_start: loops must be an integer from 1 to ${MAX_LOOPS}, got ${describeArgument(count)}`)
  const period = options.cluePeriodMs ?? 500
  if (!(period >= 0)) throw new RangeError(`VT_start: cluePeriodMs must be a number ≥ 0, got ${describeArgument(period)}`)
  const spin = options.spinMicros ?? 50
  if (!(spin >= 0 && spin <= 1_000_000))
    throw new RangeError(`VT_start: spinMicros must be a number of microseconds from 0 to 1,000,000, got ${describeArgument(spin)}`)
  const hub = count > 1 ? launch(count, options, options.inProcess === undefined ? period : 0, spin) : undefined
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
  if (loop !== undefined) return inProcessData().get(loop) as LoopData | undefined
  return nodeBuiltin<WorkerThreads>('node:worker_threads')?.workerData?.vtifyLoop
}

/** Start the other loops; in one process, returns the hub that delivers their messages. */
function launch(count: number, options: StartOptions, cluePeriodMs: number, spinMicros: number): SeededHub | undefined {
  const module = options.module
  if (module === undefined) throw new Error('VT_start: with loops > 1, pass { module: import.meta.url }: each event loop imports it on its own worker thread')
  const threads = nodeBuiltin<WorkerThreads>('node:worker_threads')
  if (threads === undefined) throw new Error('VT_start: this host has no worker threads; loops > 1 needs Node')
  const table = new Int32Array(new SharedArrayBuffer(tableLength() * 4))
  assignOwners(table, count)
  enter(0, count, table, cluePeriodMs)
  const shared = { count, table, module: String(module), cluePeriodMs }
  const hub = options.inProcess === undefined ? undefined : new SeededHub(options.inProcess.seed)
  if (hub === undefined) startWorkers(threads, shared, spinMicros)
  else startInProcess(hub, shared)
  cluesJoined(clueList()) // listening now: loop 0 notes the clues every loop must create
  keepAlive()
  if (cluePeriodMs > 0) startCluethread(cluePeriodMs)
  return hub
}

/** What every loop's LoopData says alike. */
type SharedData = Pick<LoopData, 'count' | 'table' | 'module' | 'cluePeriodMs'>

/** Loops 1…n−1 on worker threads, linked by rings; loop 0 listens. */
function startWorkers(threads: WorkerThreads, shared: SharedData, spinMicros: number): void {
  const ends = linkEnds(() => new threads.MessageChannel(), shared.count)
  for (let loop = 1; loop < shared.count; loop++) startWorker(threads, { ...shared, loop, links: ends[loop] as (LinkEnds | undefined)[], spinMicros })
  connectRings(ends[0] as (LinkEnds | undefined)[], false, threads.receiveMessageOnPort, spinMicros, deliver)
}

/** Loops 1…n−1 as instances of the program in this thread, linked by the hub's ports (no spinning: one thread). */
function startInProcess(hub: SeededHub, shared: SharedData): void {
  const ports = channels(() => hub.channel(), shared.count)
  for (let loop = 1; loop < shared.count; loop++) {
    inProcessData().set(loop, { ...shared, loop, ports: ports[loop] as (PeerPort | undefined)[], spinMicros: 0 })
    importForLoop(shared.module, loop, nodeBuiltin)
  }
  connect(ports[0] as (PeerPort | undefined)[], false, deliver)
}

function startWorker(threads: WorkerThreads, data: LoopData): void {
  const loop = data.loop
  const worker = new threads.Worker(PROGRAM, {
    eval: true,
    name: `vtify event loop #${loop}`,
    workerData: { vtifyLoop: data },
    transferList: transferred(data.links ?? []),
  })
  worker.on('error', (error) => stopped(loop, `${error.name}: ${error.message}`))
  worker.on('exit', (code) => stopped(loop, `its worker exited with code ${code}`))
  worker.unref()
}

/** ends[i][j]: loop i's end of what joins loops i and j; `make` gives both ends of one such. */
function pairwise<T>(count: number, make: () => readonly [T, T]): (T | undefined)[][] {
  const ends: (T | undefined)[][] = []
  for (let i = 0; i < count; i++) append(ends, filled<T | undefined>(count, undefined))
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const [atI, atJ] = make()
      ;(ends[i] as (T | undefined)[])[j] = atI
      ;(ends[j] as (T | undefined)[])[i] = atJ
    }
  }
  return ends
}

/** The one-process mode's channels. */
function channels(channel: () => MessageChannelPair, count: number): (PeerPort | undefined)[][] {
  return pairwise(count, () => {
    const pair = channel()
    return [pair.port1, pair.port2] as const
  })
}

/** Workers' links: a ring each way, a data port and a bell. */
function linkEnds(channel: () => MessageChannelPair, count: number): (LinkEnds | undefined)[][] {
  const words = ringWords(count)
  return pairwise(count, () => {
    const [forward, back, data, bell] = [ringBuffer(words), ringBuffer(words), channel(), channel()]
    return [
      { out: forward, in: back, data: data.port1, bell: bell.port1 },
      { out: back, in: forward, data: data.port2, bell: bell.port2 },
    ] as const
  })
}

function join(data: LoopData): void {
  enter(data.loop, data.count, data.table, data.cluePeriodMs)
  setIdBase(data.loop * ID_RANGE)
  if (data.links === undefined) connect(data.ports ?? [], true, deliver)
  else {
    const threads = nodeBuiltin<WorkerThreads>('node:worker_threads') as WorkerThreads
    connectRings(data.links, true, threads.receiveMessageOnPort, data.spinMicros, deliver)
  }
  cluesJoined(clueList()) // listening now: tell loop 0 the clues this loop created
}

function enter(self: number, count: number, table: Int32Array, cluePeriodMs: number): void {
  here.self = self
  here.count = count
  here.table = table
  useStableIds()
  setRoundHook(afterRound)
  setGuestEnds(endGuest)
  setHomeward({ call: goHome, close: sendClose })
  countAway(awayCount)
  if (cluePeriodMs > 0) measureLoad(cluePeriodMs)
}

function stopped(loop: number, reason: string): void {
  const at = loopField(loop, LOOP_GONE)
  if (atomicExchange(here.table, at, 1) === 1) return
  const message = { t: 'gone', loop, reason } as const
  broadcast(message)
  post(0, message)
}

/** The ports a worker's links need moved to it. */
function transferred(links: readonly (LinkEnds | undefined)[]): PeerPort[] {
  const ports: PeerPort[] = []
  for (const end of links) {
    if (end === undefined) continue
    append(ports, end.data)
    append(ports, end.bell)
  }
  return ports
}
