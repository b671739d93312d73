// vtify/runtime: the primitives a virtual thread calls, and the protocol generated code targets.
//
// The VT_* primitives marked "state boundary" are what source code calls; the compiler
// recognises them by symbol and replaces each call with the k-passing form (kRead, …) described
// in docs/runtime.md. Called directly — from code vtify did not transform — they cannot suspend,
// so they throw an error saying so.

import { cancelThread } from './cancel.js'
import { configure, type Config } from './config.js'
import { dump, stats, type Stats } from './dump.js'
import { notCompiled, multistateUnreachable } from './errors.js'
import { TypeError } from './intrinsics.js'
import { Pipe } from './channels/pipe.js'
import { attach, checkChannel, portOf } from './channels/index.js'
import { LineReader } from './channels/lines.js'
import { Timeout, type SelectCase, type Selected } from './channels/select.js'
import { VChannel } from './channels/typed.js'
import { Continuation, currentThread } from './protocol.js'
import { logicalStackOf } from './stack.js'
import { newThread, runThread, startThread } from './threads.js'
import type { VThread } from './thread-handle.js'
import { clueNamed, loopClue, type Clue } from './loops/clues.js'
import { closeAtHome, isElsewhere, makeHandle, type VHandle } from './loops/handles.js'
import { loopIndex, startLoops, type StartOptions } from './loops/start.js'
import { configureWork, workStats, workTask, type WorkFunction, type WorkSettings, type WorkStats, type WorkTask } from './work/index.js'

export type { VThread } from './thread-handle.js'
export type { Config } from './config.js'
export type { Stats } from './dump.js'
export type { Port, Channel } from './channels/port.js'
export { VT_CHANNEL } from './channels/port.js'
export { ChannelError, type ChannelErrorCode } from './errors.js'
export { Cancelled } from './cancel.js'
export { Pipe } from './channels/pipe.js'
export { VChannel } from './channels/typed.js'
export { LineReader } from './channels/lines.js'
export { Timeout, type SelectCase, type Selected, type Selection } from './channels/select.js'

// The protocol, for generated code (docs/runtime.md).
export { Continuation, WAIT, NEXT, RETURN, JUMP, YIELD, NO_ERROR, protocol, take, call, type Signal, type StateMachine } from './protocol.js'
export { multistate, threadEntry, calleeEntry, type MultistateInfo, type ThreadFactory } from './registry.js'
export { kYield, kRead, kWrite, kAwait, kSleep, kAccept, kJoin, kCall } from './primitives.js'
export { kSend, kReceive } from './channels/typed.js'
export { kSelect } from './channels/select.js'
export { kReadLine } from './channels/lines.js'
export { complete, fail } from './loop.js'
export { TdzCell } from './tdz-cell.js'
export { argumentsOf } from './arguments-object.js'
export { nameClass } from './class-name.js'
export { iterate, iteratorStep, iteratorClose, type IteratorRecord } from './iteration.js'
export { addDisposable, disposeResources } from './disposal.js'
export { kFollow } from './loops/follow.js'
export type { Clue } from './loops/clues.js'
export type { VHandle } from './loops/handles.js'
export type { StartOptions } from './loops/start.js'
export { kWork, WorkTask, type WorkFunction, type WorkSettings, type WorkStats } from './work/index.js'

/** Something VT_read can read bytes from. */
export type ReadChannel = object
/** Something VT_write can write bytes to. */
export type WriteChannel = object

function inThread(): number | null {
  return currentThread()?.id ?? null
}

/** State boundary: let every other runnable thread run once. */
export function VT_yield(): void {
  notCompiled('VT_yield', inThread())
}

/** State boundary: read up to n bytes into buf; returns bytes read, 0 at end of stream. */
export function VT_read(ch: ReadChannel, buf: Uint8Array, n?: number): number {
  void [ch, buf, n]
  return notCompiled('VT_read', inThread())
}

/** State boundary: write all of data (or its first n bytes); waits on backpressure. */
export function VT_write(ch: WriteChannel, data: Uint8Array | string, n?: number): number {
  void [ch, data, n]
  return notCompiled('VT_write', inThread())
}

/** State boundary: wait for a promise; returns its value or throws its reason. */
export function VT_await<T>(promise: PromiseLike<T> | T): T {
  void promise
  return notCompiled('VT_await', inThread())
}

/** State boundary: wait ms milliseconds. */
export function VT_sleep(ms: number): void {
  void ms
  notCompiled('VT_sleep', inThread())
}

/** State boundary: wait for the next connection on a server. */
export function VT_accept<S = unknown>(server: object): S {
  void server
  return notCompiled('VT_accept', inThread())
}

/** State boundary: wait for a thread to end; returns its result or rethrows its error. */
export function VT_join<R>(thread: VThread<R>): R {
  void thread
  return notCompiled('VT_join', inThread())
}

/** Start a virtual thread running fn(...args); the caller keeps running. */
export function VT_spawn<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): VThread<R> {
  const k = newThread(fn, undefined, args, 'VT_spawn')
  startThread(k)
  return k as VThread<R>
}

/**
 * Cancel a thread (not a state boundary; callable from any code). A thread parked in a primitive
 * is taken off what it waits on (a later completion never wakes it; a sleep's timer is cleared)
 * and resumed with a `Cancelled` error thrown at that boundary, so its catch and finally blocks
 * run; it ends as cancelled when that error leaves its root (VT_stats().cancelled), and VT_join
 * and VT_run rethrow it. A queued thread gets the error at its next resume; one that has not
 * started ends at once. `VT_cancel(VT_self())` throws the error right here. Cancelling an ended
 * thread does nothing; cancelling again rethrows the same error wherever the thread waits now.
 */
export function VT_cancel(thread: VThread): void {
  if (!(thread instanceof Continuation)) throw new TypeError('VT_cancel: expected a thread handle returned by VT_spawn')
  cancelThread(thread, null)
}

/** Start a thread from ordinary code; resolves with its result, rejects with its error. */
export function VT_run<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<R> {
  return runThread(fn, args, 'VT_run') as Promise<R>
}

/** The current virtual thread. */
export function VT_self(): VThread {
  const k = currentThread()
  if (k === null) return notCompiled('VT_self', null)
  return k
}

/** Every live thread with its state and logical stack. */
export function VT_dump(): string {
  return dump()
}

/** Counts of threads started and ended, and of the event loop's work. */
export function VT_stats(): Stats {
  return stats()
}

/** An in-memory byte pipe with a bounded buffer (default 64 KiB). */
export function VT_pipe(capacity?: number): Pipe {
  return new Pipe(capacity)
}

/**
 * End the write side of a channel: its reader gets the buffered data, then end of stream
 * (Node streams: end(); Web streams: the writer's close(); pipes: close()). Never waits.
 */
export function VT_close(ch: WriteChannel): void {
  if (isElsewhere(ch)) return closeAtHome(ch)
  const port = portOf(ch, 'close', 'VT_close')
  ;(port.close as () => void)()
}

/**
 * A typed channel between threads holding up to `capacity` values (default 0: each VT_send waits
 * for a VT_receive). With an object instead — a net.Server, a socket, a stream — attach vtify to it
 * now rather than at its first primitive, so that no event is missed before then: a net.Server's
 * connections that arrive before the first VT_accept are otherwise lost. Returns that object.
 */
export function VT_channel<T>(capacity?: number): VChannel<T>
export function VT_channel<C extends object>(ch: C): C
export function VT_channel(arg?: number | object): unknown {
  if (arg === undefined || typeof arg === 'number') return new VChannel(arg)
  if (typeof arg !== 'object' || arg === null) {
    throw new TypeError(
      `VT_channel: expected a capacity (an integer ≥ 0) or an object to attach (a net.Server, a socket, a stream), got ${arg === null ? 'null' : typeof arg}`,
    )
  }
  attach(arg, 'VT_channel')
  return arg
}

/** State boundary: send `value` on `ch`, waiting while ch is full. Throws a ChannelError (ECLOSED) if ch is closed. */
export function VT_send<T>(ch: VChannel<T>, value: T): void {
  void [ch, value]
  notCompiled('VT_send', inThread())
}

/** State boundary: the next value from `ch`, waiting while it is empty; undefined once ch is closed and drained. */
export function VT_receive<T>(ch: VChannel<T>): T | undefined {
  void ch
  return notCompiled('VT_receive', inThread())
}

/** A VT_select case that fires `ms` milliseconds after the select starts waiting (0: at once, if no channel is ready). */
export function VT_after(ms: number): Timeout {
  return new Timeout(ms)
}

/**
 * State boundary: wait until one of `cases` — channels to receive from, VT_after(ms) timeouts — is
 * ready, and take it: `{ index, value }`, index the case's position, value what its channel gave
 * (undefined for a timeout or a closed channel). The first ready channel in order wins.
 */
export function VT_select<const C extends readonly SelectCase[]>(cases: C): Selected<C> {
  void cases
  return notCompiled('VT_select', inThread())
}

/** A line reader over a byte channel (a socket, a stream, a pipe): VT_readLine reads it a line at a time. */
export function VT_lines(ch: ReadChannel, maxLine?: number): LineReader {
  checkChannel(ch, 'VT_lines')
  return new LineReader(ch, maxLine)
}

/** State boundary: the next line of `lines` without its "\n" (or "\r\n"); undefined at end of stream. */
export function VT_readLine(lines: LineReader | VHandle<LineReader>): string | undefined {
  void lines
  return notCompiled('VT_readLine', inThread())
}

/** Change runtime settings (see Config). */
export function VT_configure(options: Partial<Config>): void {
  configure(options)
}

/** The logical stack recorded when `error` left its first multistate frame, if it did. */
export function VT_stackOf(error: unknown): string | undefined {
  return logicalStackOf(error)
}

/** Generated code: the body of a multistate function's stub, reached only from untransformed code. */
export function VT_unreachable(stub: (...args: never[]) => unknown): never {
  return multistateUnreachable(stub)
}

/**
 * State boundary: run `fn(...args)` on a pool thread (a worker thread of the host) and wait for
 * its result, for code that blocks a kernel thread or computes for long (docs/runtime.md §13).
 * `fn` is a VT_task(import.meta.url, exportedFn), which the pool thread imports by URL, or a
 * self-contained function, sent by its source text: it loses its closure, so a function that uses
 * a variable from outside itself fails with an error naming it. Arguments and the result are
 * copied by structured clone; an error thrown there is thrown here with both stacks. Node only.
 */
export function VT_work<F extends WorkFunction>(fn: F | WorkTask<F>, ...args: Parameters<F>): Awaited<ReturnType<F>> {
  void [fn, args]
  return notCompiled('VT_work', inThread())
}

/** A work function for VT_work named by its module's URL and its export (the function itself, or its export name). */
export function VT_task<F extends WorkFunction>(module: string | URL, fn: F | string): WorkTask<F> {
  return workTask(module, fn)
}

/** Change the pool's settings: maxThreads (default: the host's cores), idleMs (default 5,000). */
export function VT_configureWork(options: Partial<WorkSettings>): void {
  configureWork(options)
}

/** The pool's threads, jobs and counts. */
export function VT_workStats(): WorkStats {
  return workStats()
}

/**
 * Run `main(...args)` as the first virtual thread on event loop 0 of `loops` event loops (default:
 * the host's cores), each but the first on a worker thread that imports `module` — the calling
 * module, `import.meta.url` — so that every loop has the same code. Threads move between loops by
 * following clues (VT_follow). Resolves with main's result, rejects with its error; in the other
 * loops, where the same top-level code runs again, it never settles, so that nothing after it
 * runs twice. `loops: 1` is VT_run(main, ...args). docs/runtime.md §14.
 */
export function VT_start<A extends unknown[], R>(main: (...args: A) => R, options: StartOptions, ...args: A): Promise<R> {
  return startLoops(main, options, args) as Promise<R>
}

/**
 * The clue named `name` (paper §2.2.3): a pipeline stage that belongs to one event loop at a time.
 * Create clues in module top-level code, so that every loop creates the same ones in the same
 * order. With `{ n }`, a hashed n-clue: n subclues owned independently, each thread always taking
 * the same one, so that one stage runs on several loops at once.
 */
export function VT_clue(name: string, options?: { n?: number }): Clue {
  return clueNamed(name, options?.n ?? 1)
}

/**
 * The clue event loop `loop` owns for good (the Cluethread never moves it): following it moves
 * the running thread to that loop. For work that belongs on every loop, such as accepting
 * connections on each (docs/runtime.md §14.9). Following the clue of a loop that does not run is
 * a RangeError.
 */
export function VT_loopClue(loop: number): Clue {
  return loopClue(loop)
}

/**
 * State boundary: move the running thread to the event loop that owns `clue` (nothing happens if
 * it is already there), taking only the live variables with it, as plain data: they must survive
 * structured clone (no functions, sockets or class instances); the compiler checks this.
 */
export function VT_follow(clue: Clue): void {
  void clue
  notCompiled('VT_follow', inThread())
}

/**
 * A token for a channel (a socket, a server, a stream, a line reader) that a thread can keep
 * across VT_follow: the channel stays on this loop — Node cannot move it — and VT_read,
 * VT_write, VT_accept, VT_readLine or VT_close through the token from another loop move the
 * thread back here for the call (VT_close: send it here).
 */
export function VT_handle<C extends object>(ch: C): VHandle<C> {
  if (!(ch instanceof LineReader)) attach(ch, 'VT_handle')
  return makeHandle(ch)
}

/**
 * The index of the event loop the calling code runs on: 0 for the first (and only, without
 * VT_start); in top-level code on another loop's worker, already that loop's.
 */
export function VT_loop(): number {
  return loopIndex()
}
