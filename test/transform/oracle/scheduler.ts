// The reference semantics (docs/semantics.md) as a scheduler of generator threads: the oracle the
// vtify transform is tested against. Deliberately naive and independent of vtify/runtime:
// a thread is a generator; a primitive is a generator that yields one request; queues are arrays.
// Order: the active queue runs in FIFO order; VT_yield appends to the yield queue; VT_spawn,
// completions and finished joined threads append to the active queue; when the active queue is
// empty the queues swap, and the next round runs in a microtask (after the promise reactions
// pending then) while the host's last turn began less than SWAP_SOON_MS ago, else after a host
// turn.
// Threads that sleep the same ms in one round share a timer and wake together, in one round.
// An idle loop that gets work from the host (a timer, a settled promise) runs its round in a
// microtask right after that callback; at most SOON_ROUNDS rounds (after wakes or swaps) run
// in a microtask between host turns
// (docs/runtime.md §8): this decides the order of threads woken in one host turn. A round
// stops after ROUND_THROWS threads ran, swap or not; the host gets a turn, then the rest of the
// active queue runs in order.

import { After, Channel, Lines, select } from './channel.js'
import { Pipe, type Outcome } from './pipe.js'

export { ChannelError, Pipe } from './pipe.js'

type Request =
  | { op: 'yield' }
  | { op: 'join'; thread: unknown }
  | { op: 'await'; value: unknown }
  | { op: 'sleep'; ms: unknown }
  | { op: 'read'; ch: unknown; buf: unknown; n: unknown }
  | { op: 'write'; ch: unknown; data: unknown; n: unknown }
  | { op: 'send'; ch: unknown; value: unknown }
  | { op: 'receive'; ch: unknown }
  | { op: 'select'; cases: unknown }

interface Thread {
  readonly id: number
  gen: Generator<Request, unknown, unknown>
  ended: boolean
  value: unknown
  error: { thrown: unknown } | null
  joiners: Thread[]
  /** What the thread resumes with. */
  resume: Outcome
  errorSeen: boolean
  settle: ((outcome: Outcome) => void) | null
}

let active: Thread[] = []
let yielded: Thread[] = []
const unjoined: Thread[] = []
let scheduled = false
let running = false
let soonRounds = 0
const SOON_ROUNDS = 64
const ROUND_THROWS = 16_384
const SWAP_SOON_MS = 0.1
let hostTurnAt = -Infinity
let rounds = 0
let lastId = 0
let onUnjoinedError: (report: string, error: unknown) => void = () => {}

export function VT_configure(options: { onUnjoinedError?: (report: string, error: unknown) => void }): void {
  if (options.onUnjoinedError) onUnjoinedError = options.onUnjoinedError
}

function isGenerator(value: unknown): value is Generator<Request, unknown, unknown> {
  return Object.prototype.toString.call(value) === '[object Generator]'
}

/**
 * `vt$v(yield* vt$w(call))`: a boundary in the reference program. vt$v is the identity; it only
 * keeps a boundary at the start of a line from joining the previous line (ASI).
 */
export function vt$v(value: unknown): unknown {
  return value
}

/** vt$w: a multistate callee returns a generator; a plain one, its value. */
export function* vt$w(value: unknown): Generator<Request, unknown, unknown> {
  return isGenerator(value) ? yield* value : value
}

function newThread(fn: unknown, args: unknown[]): Thread {
  if (typeof fn !== 'function') throw new TypeError(`expected a function to run in a thread, got ${fn === null ? 'null' : typeof fn}`)
  const gen = (function* (): Generator<Request, unknown, unknown> {
    return yield* vt$w(Reflect.apply(fn, undefined, args))
  })()
  const t: Thread = {
    id: ++lastId,
    gen,
    ended: false,
    value: undefined,
    error: null,
    joiners: [],
    resume: { value: undefined },
    errorSeen: false,
    settle: null,
  }
  threads.add(t)
  return t
}

const threads = new WeakSet<Thread>()

function schedule(): void {
  if (running || scheduled) return
  scheduled = true
  if (soonRounds++ < SOON_ROUNDS) queueMicrotask(round)
  else setImmediate(hostTurn)
}

function hostTurn(): void {
  soonRounds = 0
  hostTurnAt = performance.now()
  round()
}

/** After a swap: the next round in a microtask while the host's last turn was recent. */
function swapSoon(): boolean {
  return soonRounds < SOON_ROUNDS && performance.now() - hostTurnAt < SWAP_SOON_MS
}

function enqueue(t: Thread, resume: Outcome): void {
  t.resume = resume
  active.push(t)
  schedule()
}

export function VT_spawn(fn: unknown, ...args: unknown[]): unknown {
  const t = newThread(fn, args)
  enqueue(t, { value: undefined })
  return t
}

export function VT_run(fn: unknown, ...args: unknown[]): Promise<unknown> {
  const t = newThread(fn, args)
  const done = new Promise<unknown>((resolve, reject) => {
    t.settle = (o) => ('thrown' in o ? reject(o.thrown) : resolve(o.value))
  })
  enqueue(t, { value: undefined })
  return done
}

export function* VT_yield(): Generator<Request, unknown, unknown> {
  return yield { op: 'yield' }
}

export function* VT_join(thread: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'join', thread }
}

export function* VT_await(value: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'await', value }
}

export function* VT_sleep(ms: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'sleep', ms }
}

export function* VT_read(ch: unknown, buf: unknown, n?: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'read', ch, buf, n }
}

export function* VT_write(ch: unknown, data: unknown, n?: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'write', ch, data, n }
}

/** The clues VT_clue and VT_loopClue made: VT_follow takes nothing else. */
const clues = new WeakSet<object>()

/** One event loop: a clue is only a name, following it moves nothing and is no scheduling point. */
export function VT_clue(name: string): { name: string } {
  const clue = { name }
  clues.add(clue)
  return clue
}

const MAX_LOOPS = 64

/** A loop's own clue: with one event loop, following loop 0's moves nothing, another's is an error. */
export function VT_loopClue(loop: number): { name: string; loop: number } {
  if (!Number.isInteger(loop) || loop < 0 || loop >= MAX_LOOPS)
    throw new RangeError(`VT_loopClue: expected an event loop's index, an integer from 0 to ${MAX_LOOPS - 1}, got ${loop}`)
  const clue = { name: `loop #${loop}`, loop }
  clues.add(clue)
  return clue
}

// eslint-disable-next-line require-yield -- a boundary with one loop completes at once
export function* VT_follow(clue: unknown): Generator<Request, unknown, unknown> {
  if (typeof clue !== 'object' || clue === null || !clues.has(clue)) throw new TypeError('VT_follow: expected a clue made by VT_clue or VT_loopClue')
  if ('loop' in clue && clue.loop !== 0)
    throw new RangeError(`VT_follow: there is no event loop #${String(clue.loop)} (1 runs): pass VT_loopClue an index below VT_start's loops`)
  return undefined
}

export function VT_loop(): number {
  return 0
}

/** One event loop: a handle is the channel itself. */
export function VT_handle(ch: unknown): unknown {
  return ch
}

export function VT_start(main: unknown, options: unknown, ...args: unknown[]): Promise<unknown> {
  void options
  return VT_run(main, ...args)
}

export function VT_pipe(capacity?: number): Pipe {
  return new Pipe(capacity)
}

export function VT_close(ch: unknown): void {
  if (ch instanceof Channel) ch.close()
  else pipeOf(ch, 'VT_close').close()
}

export function VT_channel(capacity?: number): Channel {
  return new Channel(capacity)
}

export function* VT_send(ch: unknown, value: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'send', ch, value }
}

export function* VT_receive(ch: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'receive', ch }
}

export function VT_after(ms: number): After {
  return new After(ms)
}

export function* VT_select(cases: unknown): Generator<Request, unknown, unknown> {
  return yield { op: 'select', cases }
}

export function VT_lines(ch: unknown): Lines {
  return new Lines(ch)
}

/** A line: whole lines from what is buffered, else VT_read 1 KiB more, in the calling thread. */
export function* VT_readLine(lines: unknown): Generator<Request, unknown, unknown> {
  if (!(lines instanceof Lines)) throw new TypeError('VT_readLine: expected a line reader made by VT_lines(channel)')
  for (;;) {
    const line = lines.next()
    if (line !== null) return line
    const buf = new Uint8Array(1024)
    lines.add(buf, (yield* VT_read(lines.ch, buf)) as number)
  }
}

function round(): void {
  scheduled = false
  rounds++
  running = true
  let swapped = false
  try {
    let t: Thread | undefined
    for (let ran = 0; ran < ROUND_THROWS && (t = active.shift()) !== undefined; ran++) step(t)
    if (active.length === 0 && yielded.length > 0) {
      active = yielded
      yielded = []
      swapped = true
    }
  } finally {
    running = false
  }
  reportUnjoined()
  if (active.length > 0) {
    scheduled = true
    if (swapped && swapSoon()) {
      soonRounds++
      queueMicrotask(round)
    } else setImmediate(hostTurn) // stopped by its count, or the host has waited long enough
  }
}

/** Run t until it waits or ends. */
function step(t: Thread): void {
  let resume = t.resume
  // Consumed: a thread that waits again without a new outcome (VT_yield) resumes with undefined.
  t.resume = { value: undefined }
  for (;;) {
    let r: IteratorResult<Request, unknown>
    try {
      r = 'thrown' in resume ? t.gen.throw(resume.thrown) : t.gen.next(resume.value)
    } catch (thrown) {
      end(t, { thrown })
      return
    }
    if (r.done) {
      end(t, { value: r.value })
      return
    }
    const next = request(t, r.value)
    if (next === null) return
    resume = next
  }
}

/** Handle a request: null when the thread waits, else what it continues with at once. */
function request(t: Thread, req: Request): Outcome | null {
  if (req.op === 'yield') {
    // Resumed with undefined, not with what the thread last resumed with (a join's error would be rethrown).
    t.resume = { value: undefined }
    yielded.push(t)
    return null
  }
  if (req.op === 'sleep') return sleep(t, req.ms)
  if (req.op === 'read') return read(t, req)
  if (req.op === 'write') return write(t, req)
  if (req.op === 'send') return send(t, req.ch, req.value)
  if (req.op === 'receive') return receive(t, req.ch)
  if (req.op === 'select') return select((o) => enqueue(t, o), req.cases)
  if (req.op === 'await') {
    const then = typeof req.value === 'object' || typeof req.value === 'function' ? (req.value as { then?: unknown } | null)?.then : undefined
    if (typeof then !== 'function') return { value: req.value }
    Reflect.apply(then, req.value, [(value: unknown) => enqueue(t, { value }), (thrown: unknown) => enqueue(t, { thrown })])
    return null
  }
  const target = req.thread as Thread
  if (!threads.has(target)) return { thrown: new TypeError('VT_join: expected a thread handle returned by VT_spawn') }
  if (target === t) return { thrown: new Error('VT_join: a thread cannot join itself') }
  if (target.ended) {
    target.errorSeen = true
    return target.error ? { thrown: target.error.thrown } : { value: target.value }
  }
  target.joiners.push(t)
  return null
}

function sleep(t: Thread, ms: unknown): Outcome | null {
  if (typeof ms !== 'number' || !(ms >= 0)) return { thrown: new RangeError(`VT_sleep: ms must be a number ≥ 0, got ${String(ms)}`) }
  // Threads sleeping the same ms in one round share a timer and wake together, in the order they slept.
  let batch = sleepers.get(ms)
  if (batch === undefined || batch.round !== rounds) {
    const fresh = { round: rounds, threads: [] as Thread[] }
    sleepers.set(ms, fresh)
    setTimeout(() => {
      if (sleepers.get(ms as number) === fresh) sleepers.delete(ms as number)
      for (const s of fresh.threads) enqueue(s, { value: undefined })
    }, ms)
    batch = fresh
  }
  batch.threads.push(t)
  return null
}

const sleepers = new Map<number, { round: number; threads: Thread[] }>()

function read(t: Thread, req: { ch: unknown; buf: unknown; n: unknown }): Outcome | null {
  return attempt(() => {
    if (!(req.buf instanceof Uint8Array)) throw new TypeError('VT_read: buf must be a Uint8Array')
    const pipe = pipeOf(req.ch, 'VT_read')
    const max = byteCount('VT_read', req.buf.length, req.n)
    return max === 0 ? 0 : pipe.read((o) => enqueue(t, o), req.buf, max)
  })
}

function write(t: Thread, req: { ch: unknown; data: unknown; n: unknown }): Outcome | null {
  return attempt(() => {
    const data = typeof req.data === 'string' ? new TextEncoder().encode(req.data) : req.data
    if (!(data instanceof Uint8Array)) throw new TypeError('VT_write: data must be a Uint8Array or a string')
    const pipe = pipeOf(req.ch, 'VT_write')
    const n = byteCount('VT_write', data.length, req.n)
    return n === 0 ? 0 : pipe.write((o) => enqueue(t, o), data.subarray(0, n))
  })
}

/** A channel operation's result now, its error thrown at the call site, or null: it waits. */
function attempt(op: () => number | null): Outcome | null {
  try {
    const n = op()
    return n === null ? null : { value: n }
  } catch (thrown) {
    return { thrown }
  }
}

function channelOf(ch: unknown): Channel | undefined {
  return ch instanceof Channel ? ch : undefined
}

function notAChannel(primitive: string): Outcome {
  return { thrown: new TypeError(`${primitive}: expected a channel made by VT_channel(capacity)`) }
}

function send(t: Thread, ch: unknown, value: unknown): Outcome | null {
  const channel = channelOf(ch)
  return channel ? channel.send((o) => enqueue(t, o), value) : notAChannel('VT_send')
}

function receive(t: Thread, ch: unknown): Outcome | null {
  const channel = channelOf(ch)
  if (!channel) return notAChannel('VT_receive')
  if (channel.ready()) return { value: channel.takeNow() }
  channel.receivers.push((value) => enqueue(t, { value }))
  return null
}

function pipeOf(ch: unknown, primitive: string): Pipe {
  if (ch instanceof Pipe) return ch
  throw new TypeError(`${primitive}: the oracle knows only VT_pipe() channels`)
}

function byteCount(primitive: string, length: number, n: unknown): number {
  if (n === undefined) return length
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new RangeError(`${primitive}: n must be an integer ≥ 0, got ${String(n)}`)
  return Math.min(n, length)
}

function end(t: Thread, outcome: Outcome): void {
  t.ended = true
  if ('thrown' in outcome) t.error = outcome
  else t.value = outcome.value
  if (t.joiners.length > 0 || t.settle) t.errorSeen = true
  else if (t.error) unjoined.push(t)
  for (const j of t.joiners) enqueue(j, outcome)
  t.joiners = []
  t.settle?.(outcome)
}

function reportUnjoined(): void {
  for (const t of unjoined.splice(0)) {
    if (t.errorSeen) continue
    t.errorSeen = true
    onUnjoinedError(`thread #${t.id}`, t.error!.thrown)
  }
}
